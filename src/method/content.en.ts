// The method page in English.

import type { EmbedFacts, MethodContent } from './content.ts';

export function methodEn(embed: EmbedFacts): MethodContent {
  return {
    title: 'How Nadra makes its numbers',
    intro:
      'Nadra says, for each critical-mineral deposit it knows in Ukraine, whether it lies in Russian-occupied territory, since when, and how far from the line. ' +
      'This page says how each of those answers is made, from which data, and where they stop being reliable. Every chart links here.',
    contents: 'Contents',
    backToExplorer: 'Back to the explorer',
    language: 'Language',
    sections: [
      {
        id: 'datasets',
        heading: 'The datasets and their dates',
        blocks: [
          'Deposits come from three kinds of tables, each read by its own reader and turned into one record format:',
          {
            list: [
              'USGS Professional Paper 1802 critical-mineral points (Labay et al. 2017, https://doi.org/10.5066/F7GH9GQR, published 2018): 2,121 mines, deposits and districts world-wide, 12 of them in Ukraine. Public domain.',
              'A register of 36 Ukrainian critical-mineral deposits compiled for the project from public sources, in the layout of a Ukrainian geological-survey register. It is not an official register; every row carries its sources, and an empty cell means no source gave the value.',
              'USGS MRDS (Mineral Resources Data System), when a user runs the pipeline on its export. USGS stopped updating MRDS in 2011.',
            ],
          },
          'The occupation history is derived from DeepStateMap (deepstatemap.live): dated snapshots of the occupied areas from 2022-02-23 to the latest snapshot (2026-08-22 in the history shipped with this version, 442 snapshots). Every chart prints the latest date of the data it was drawn from.',
          'The base map uses Ukraine’s oblast boundaries from OpenStreetMap via geoBoundaries (ODbL) and Natural Earth.',
        ],
      },
      {
        id: 'minerals',
        heading: 'How minerals are recognised',
        blocks: [
          'Each source writes minerals its own way ("Niobium and Tantalum", "Титан (ільменіт, рутил), цирконій (циркон)", "TR2O3"). A taxonomy maps every wording the sources use to a canonical mineral; the source’s own words are kept beside it and shown in the record.',
          '"Niobium and Tantalum" is two minerals; "Zirconium and Hafnium" likewise. A mineral is critical when it is on the USGS 2022 list of critical minerals or on the EU 2023 list of critical raw materials (the union of the two). A word the taxonomy cannot recognise at all is reported as a warning, never guessed.',
        ],
      },
      {
        id: 'status',
        heading: 'How a status is decided',
        blocks: [
          'A deposit’s status on a date is the status of its point in the latest snapshot on or before that date:',
          {
            list: [
              'inside the snapshot’s occupied area: occupied;',
              'otherwise inside its contested area (DeepState’s grey “unknown status” zone): contested;',
              'otherwise: not occupied.',
            ],
          },
          'Point-in-polygon uses the even-odd rule over all rings of a polygon: a point is inside when a ray from it crosses the rings an odd number of times, so the drawing direction of a ring never matters and self-intersecting rings are read as DeepState drew them. A multipolygon is inside when any of its parts is.',
          'A point exactly on a boundary (on an edge or a vertex) counts as inside.',
          'Deposits outside Ukraine are “outside Ukraine” (not applicable), whatever any area says.',
        ],
      },
      {
        id: 'contested',
        heading: 'Contested areas',
        blocks: [
          'Contested means DeepState’s grey zone, which it labels as unknown status or in doubt. The charts show it as its own category, never folded into occupied or not occupied. It is shown only where the snapshot can express it (see the seam of 2024-07-08 below).',
        ],
      },
      {
        id: 'before-2022',
        heading: 'Areas occupied before 2022',
        blocks: [
          'Crimea and the parts of Donetsk and Luhansk oblasts occupied since 2014 (and, from 2022-04-14, Tuzla island) form the area occupied before 2022. The occupied area always includes it. A deposit is marked “occupied before 2022” when it lies in that area in the latest snapshot that can express it; the charts show those deposits as a category of their own.',
          'The history starts with a baseline dated 2022-02-23 that holds only these areas, so that a deposit already occupied in the first real snapshot has a dated change instead of a blank.',
        ],
      },
      {
        id: 'between',
        heading: 'What “between” dates mean',
        blocks: [
          'A change is reported with two dates: the last snapshot that showed the old status and the first that showed the new one. The change happened on some day in between; the sources do not say which.',
          'Until the second date, the old status holds: a change “to occupied between 2022-02-23 and 2022-04-03” reads not occupied on 2022-04-02 and occupied on 2022-04-03. The over-time chart draws the status this way and shades, over each such interval, the deposits that may already have changed (“possibly occupied”).',
          'Snapshots are daily (some two days apart) through 2022, except the 39 days between the baseline and the first DeepState snapshot on 2022-04-03, and weekly from 2023.',
        ],
      },
      {
        id: 'spring-2022',
        heading: 'Spring 2022: the liberated areas',
        blocks: [
          'The first DeepState snapshot, 2022-04-03, comes after Russian forces had left the Kyiv, Chernihiv and Sumy regions. DeepState marks those areas as liberated. A deposit inside one that no earlier snapshot showed as occupied gets two changes, to occupied and back to not occupied, both between 2022-02-23 and 2022-04-03: it was occupied at some time in that interval, and not on 2022-04-03.',
          'The shipped history does not include ISW’s maps (their terms forbid redistribution), so changes before 2022-04-03 are bracketed by 2022-02-23 and 2022-04-03. A user holding ISW files can refine them in a private build.',
        ],
      },
      {
        id: 'seam',
        heading: 'The seam at 2024-07-08',
        blocks: [
          'Up to 2024-07-07 the snapshots are DeepState’s whole-map exports, which express occupied, contested and pre-2022 areas. From 2024-07-08 they are DeepState’s occupied-area extract, which has no contested areas and does not separate the pre-2022 areas.',
          'No change is made by the switch itself: across the seam only what both sides can express is compared. After it, a point outside the occupied area reads “contested or not occupied”: a contested deposit stays contested until a snapshot shows it occupied; an occupied one becomes not occupied. The pre-2022 areas do not change after 2022 and are taken from the last snapshot that has them.',
        ],
      },
      {
        id: 'counting',
        heading: 'Counting each deposit once',
        blocks: [
          'The same deposit can appear in several sources. The pipeline links records that are one deposit (same or transliterated name, close enough for the precision of their locations, minerals not disjoint) into one record that keeps every source row. The explorer’s search finds it by the name any of its sources gives, and a link to the id one of its records had on its own opens it.',
          'A district point (PP1802’s “Irshansk district”) that holds deposits of its own is kept as a record and linked to them; the dataset’s totals count the deposits it holds, not the district as well. A district with no known deposit inside counts as one.',
          'The explorer’s map and table still show such a district, marked “district · holds N”, but its result count does not count it, even when the filters leave out the deposits it holds. A chart counts exactly the deposits the explorer’s result count counts for the same filters and date, with the same code, so its total equals the explorer’s result count; the locator map draws a district that holds deposits only when the view selects it. In the by-mineral chart, a deposit with several of the chosen minerals is counted under each mineral; its first row counts every deposit once.',
        ],
      },
      {
        id: 'left-out',
        heading: 'What is left out, and why',
        blocks: [
          {
            list: [
              'Deposits without coordinates (19 of the register’s 36 rows, because no source gave a point). They stay in the table and the downloads, marked, and the charts count them as “no coordinates”; no status can be decided for them. What a dated source reports about their area is kept as “reported” in the record.',
              'Coordinates that cannot be right: (0, 0), out of range, or outside the country the row names (where swapping latitude and longitude does not fix them). They are reported in issues.csv and left out, never drawn as they are.',
              'Imprecise locations are kept with their precision (approximate, settlement, district, region). Their status is that of the point, which may lie several or tens of kilometres from the deposit; near the line, read them with care.',
              'DeepState areas outside Ukraine (Transnistria and others) never count.',
            ],
          },
        ],
      },
      {
        id: 'distance',
        heading: 'Distance to the line',
        blocks: [
          'The line is the part of the occupied area’s boundary that faces Ukrainian-held land: not the state border, not a coast. Distance is geodesic on the WGS 84 ellipsoid, negative inside the occupied area. Short slivers under 2.5 km (bays, lakes, border strips a few hundred metres wide) are left out of the line.',
          'The data holds each deposit’s distance at the latest snapshot. For another date, the explorer (its distance filter, table, record and downloads) and the embedded charts compute the distances in your browser, with the same rule, from the snapshot in force on that date and the same outline of Ukraine’s land; at the latest date they give the stored numbers exactly. If the history or the outline cannot be loaded, the latest date’s distances are used and the page says so. Bands include their upper bound (10 km is in 0–10 km); a distance of 0 counts as inside.',
        ],
      },
      {
        id: 'limits',
        heading: 'Known limits',
        blocks: [
          {
            list: [
              'Snapshot gaps: weekly snapshots after 2023 mean a change is dated to within a week; the 39 days before 2022-04-03 are one interval.',
              'Sources disagree: DeepStateMap, ISW and official statements draw different lines, especially in contested areas. Nadra reports DeepStateMap as it is, without smoothing.',
              'Lag: front-line maps are assessments published after the fact and lag reality by days or more.',
              'Simplification: the shipped areas are simplified; their boundaries move by at most about 25 m from DeepState’s.',
              'Published answers to “how much is under occupation” differ because they count different things (deposits, reserves, value) at different dates; Nadra counts deposits, per date, as defined above.',
            ],
          },
        ],
      },
      {
        id: 'embed',
        heading: 'Embedding a chart',
        blocks: [
          'The explorer’s “Embed” dialog gives an iframe for the current view. Its address is a permalink: embed.html with the chart (by-mineral, over-time, distance, locator) and the explorer’s own parameters (minerals, status, oblast, date, lang, …), plus an optional title and theme=light or theme=dark (otherwise the reader’s system setting). The page loads nothing from outside the site and sets no cookies.',
          embed.iframeExample,
          `The chart fits the iframe’s width and posts its height to the host page whenever it changes, as Datawrapper’s responsive embeds do. The message is posted to the parent window:`,
          { code: embed.messageExample },
          'Paste this script once on the host page, below the iframes; it sets the height of the iframe that sent each message:',
          { code: embed.hostScript },
          'Every chart can be downloaded as SVG (text stays text, with a list of fallback fonts), as PNG at 1× and 2×, and its numbers as CSV.',
        ],
      },
    ],
  };
}
