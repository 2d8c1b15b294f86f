/**
 * Short names of the sources of the trial figures the explorer's "100 people like this" panel
 * quotes, as the reference list shows them (`shortReference` at build time). The browser cannot
 * read the bibliography (it is build-time code), so the names are kept here; a test checks each
 * against the bibliography and that every trial's keys are here.
 */
export const TRIAL_SOURCE_NAMES: Readonly<Record<string, string>> = {
  'kite-yescarta-label': 'YESCARTA label 2024',
  neelapu2017zuma1: 'Neelapu et al. 2017',
  'kite-tecartus-label': 'TECARTUS label 2024',
  wang2020zuma2: 'Wang et al. 2020',
  'novartis-kymriah-label': 'KYMRIAH label 2024',
  schuster2019juliet: 'Schuster et al. 2019',
  'bms-breyanzi-label': 'BREYANZI label 2024',
  abramson2020transcend: 'Abramson et al. 2020',
  'bms-abecma-label': 'ABECMA label 2024',
  munshi2021karmma: 'Munshi et al. 2021',
  'janssen-carvykti-label': 'Janssen Biotech, Inc.',
  berdeja2021cartitude: 'Berdeja et al. 2021',
  'amgen-blincyto-label': 'BLINCYTO label 2024',
  kantarjian2017tower: 'Kantarjian et al. 2017',
  janssen2024tecvayli: 'Janssen Biotech, Inc.',
  moreau2022majestec: 'Moreau et al. 2022',
  martin2023majestec: 'Martin et al. 2023',
  'pfizer-elrexfio-label': 'ELREXFIO label 2024',
  lesokhin2023magnetismm3: 'Lesokhin et al. 2023',
};

/** Where a source sits in the site's reference list. */
export function sourceHref(key: string): string {
  return `/references/#source-${key}`;
}
