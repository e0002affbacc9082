// Where the benchmark generator puts its synthetic MRDS records. Country and region names are MRDS's own spelling
// (`United States`, two-letter continent codes `NA`/`SA`); only the Americas are used because those are the region
// codes the project has seen in real MRDS values. Each box is a rough rectangle drawn by hand inside the named state
// or province, so most points fall in their country; some land across a diagonal border or offshore, which is
// realistic for MRDS and exercises the point-in-country checks. Weights are a rough mix, not MRDS's real shares.
// Peru is not boxed: its records reuse real Peru points (see mrdsVocabulary.ts).

export interface StateBox {
  state: string;
  south: number;
  north: number;
  west: number;
  east: number;
}

export interface CountryArea {
  country: string;
  region: 'NA' | 'SA';
  weight: number;
  boxes: readonly StateBox[];
}

export const PERU_WEIGHT = 8;

export const COUNTRY_AREAS: readonly CountryArea[] = [
  {
    country: 'United States',
    region: 'NA',
    weight: 70,
    boxes: [
      { state: 'Nevada', south: 36.5, north: 41.5, west: -119, east: -114.5 },
      { state: 'Arizona', south: 31.5, north: 36.8, west: -114, east: -109.2 },
      { state: 'Colorado', south: 37.1, north: 40.9, west: -108.9, east: -102.2 },
      { state: 'California', south: 34.5, north: 40, west: -122, east: -118.5 },
      { state: 'Montana', south: 45, north: 48.9, west: -115, east: -104.2 },
      { state: 'Idaho', south: 42.1, north: 48.5, west: -116.8, east: -111.2 },
      { state: 'Utah', south: 37.1, north: 41.9, west: -113.9, east: -109.2 },
      { state: 'New Mexico', south: 32, north: 36.9, west: -108.9, east: -103.2 },
      { state: 'Oregon', south: 42.1, north: 45.9, west: -123.5, east: -117 },
      { state: 'Washington', south: 45.7, north: 48.9, west: -122.5, east: -117.1 },
      { state: 'Wyoming', south: 41.1, north: 44.9, west: -110.9, east: -104.2 },
      { state: 'Alaska', south: 60, north: 68, west: -160, east: -142 },
    ],
  },
  {
    country: 'Canada',
    region: 'NA',
    weight: 8,
    boxes: [
      { state: 'British Columbia', south: 49.2, north: 58, west: -126, east: -116 },
      { state: 'Ontario', south: 48.5, north: 51, west: -92, east: -81 },
      { state: 'Quebec', south: 46.5, north: 52, west: -78, east: -67 },
      { state: 'Yukon', south: 60.5, north: 65, west: -139, east: -126 },
    ],
  },
  {
    country: 'Mexico',
    region: 'NA',
    weight: 5,
    boxes: [
      { state: 'Sonora', south: 27, north: 32, west: -112, east: -109 },
      { state: 'Chihuahua', south: 26, north: 31, west: -108, east: -104 },
      { state: 'Zacatecas', south: 22, north: 25, west: -104, east: -101 },
    ],
  },
  {
    country: 'Chile',
    region: 'SA',
    weight: 3,
    boxes: [
      { state: 'Antofagasta', south: -25.5, north: -21.5, west: -70, east: -67.5 },
      { state: 'Atacama', south: -29, north: -26, west: -70.5, east: -68.5 },
    ],
  },
  {
    country: 'Bolivia',
    region: 'SA',
    weight: 2,
    boxes: [{ state: 'Potosi', south: -22, north: -18, west: -68, east: -65 }],
  },
  {
    country: 'Brazil',
    region: 'SA',
    weight: 2,
    boxes: [{ state: 'Minas Gerais', south: -22, north: -15, west: -50, east: -41 }],
  },
  {
    country: 'Argentina',
    region: 'SA',
    weight: 2,
    boxes: [{ state: 'Salta', south: -26, north: -22.5, west: -67.5, east: -63.5 }],
  },
];
