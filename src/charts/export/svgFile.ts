// The chart as a standalone SVG file: text stays text, fonts are named with fallbacks on the root element, and
// colours are attributes, so it renders without the site.

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function svgDocument(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return XML_DECLARATION + new XMLSerializer().serializeToString(copy);
}

/** The size the SVG is drawn at, in CSS px. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
}
