// The chart as PNG: the SVG file drawn on a canvas at `scale` × its size (1× for the web, 2× for print and
// high-density screens). Everything stays in the page: the SVG goes to the image as a blob URL.

import { svgDocument, svgSize } from './svgFile.ts';

export function pngSize(svg: SVGSVGElement, scale: number): { width: number; height: number } {
  const { width, height } = svgSize(svg);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export async function pngBlob(svg: SVGSVGElement, scale: number): Promise<Blob> {
  const { width, height } = pngSize(svg, scale);
  const url = URL.createObjectURL(new Blob([svgDocument(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no canvas');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob === null ? reject(new Error('the PNG could not be made')) : resolve(blob)), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
