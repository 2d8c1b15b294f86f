/**
 * The explorer's words in one language: every label, accessible name, sentence and number the
 * explorer shows, typed by {@link ExplorerWords} so a language that misses a word fails type
 * checking. English here (mostly the model's and the explorer's own English sentences, which
 * the English pages already carried); Spanish in ./explorer-words.es.ts, which only the Spanish
 * explorer imports (components/explorer/ExplorerEs.svelte), so no English page carries it.
 * Components read the words of their explorer with `explorerWords()`
 * (components/explorer/explorer-words.svelte.ts); pure helpers take them as an argument.
 */
import { formatTemperature } from '../model/temperature';
import {
  BP_SHORT,
  DRUG_CLINICIAN,
  DRUG_SHORT,
  O2_SHORT,
  TIMING_SHORT,
  TIMING_WHEN,
} from '../model/words';
import { formatAmount, formatDay } from '../lib/format';
import { careCardFor } from './care';
import { describeChange, onset, peakIl6 } from './change';
import { levelWord } from './diagram';
import { NODE_BY_ID, type NodeId } from './diagram-layout';
import type { ExplorerWords, NodeWords } from './explorer-words-shape';
import { careWords, summarySentence } from './moment';
import { PICKER_GROUPS } from './product-picker';
import { courseSentence, worstText } from './run-sets';
import { burdenValueText } from './scenario-text';

export type { ExplorerWords, NodeWords, QueryNoteWords } from './explorer-words-shape';

/** The English words of the diagram's parts are the layout's own. */
const nodes: Readonly<Record<NodeId, NodeWords>> = NODE_BY_ID;

export const EXPLORER_WORDS_EN: ExplorerWords = {
  locale: 'en',
  label: 'Cascade explorer',
  jsNote: (day) =>
    `The controls need JavaScript. Without it, this shows the starting scenario on day ${day}.`,
  day: formatDay,
  amount: formatAmount,
  temperature: (celsius) => formatTemperature(celsius),
  notes: undefined,

  sentence: summarySentence,
  course: courseSentence,
  worst: worstText,
  change: describeChange,
  runs: { alone: 'This scenario', yours: 'Your scenario', a: 'Scenario A' },
  other: { none: 'No drug', b: 'Scenario B' },
  onset,
  peakIl6,

  scenario: 'Scenario',
  compare: 'Compare with',
  compareOptions: { off: 'Nothing', 'no-drug': 'No drug', b: 'Scenario B' },
  target: 'The controls below set scenario',
  scenarioPrefix: (target) => `Scenario ${target.toUpperCase()}: `,
  notice: 'Notice:',
  burden: 'Tumor burden:',
  burdenHint: 'of a bulky reference tumor',
  burdenValue: burdenValueText,
  burdenPresets: 'Burden presets',
  burdenNames: { low: 'Low', moderate: 'Moderate', high: 'High' },
  therapy: 'Treatment that starts the immune attack',
  pickerGroups: PICKER_GROUPS,
  dose: 'Cell dose or drug exposure',
  doses: { low: 'Low', standard: 'Standard', high: 'High' },
  drugsLegend: 'When each drug starts',
  drugName: DRUG_SHORT,
  drugDoes: DRUG_CLINICIAN,
  timingShort: TIMING_SHORT,
  timingWhen: TIMING_WHEN,
  reset: 'Reset',

  dayLabel: 'Day after infusion:',
  of: (last) => `of ${last}`,
  dayValue: (day, last) => `Day ${formatDay(day)} of ${last}`,
  play: 'Play',
  pause: 'Pause',
  speed: 'Speed',
  speeds: ['Slow', 'Normal', 'Fast'],
  speedHint: 'Slow plays 1 day a second, normal 2, fast 4.',

  figuresTitle: (other) => `Over 28 days${other ? `, with ${other} in brackets` : ''}`,
  figures: {
    crs: 'Worst CRS grade',
    icans: 'Worst ICANS grade',
    onset: 'CRS starts',
    il6: 'Highest IL-6',
  },
  liveDay: (day) => `Day ${formatDay(day)}:`,
  crsGrade: (grade) => `CRS grade ${grade}`,
  icansGrade: (grade) => `ICANS grade ${grade}`,
  teachingModel: '(teaching model)',
  worstIn28: 'Worst in 28 days:',

  viewLegend: 'Show the moment for',
  views: { patient: 'What you might feel', clinician: 'Clinician view' },
  feelTitle: (day) => `What you might feel on day ${day}`,
  careNote: (day) => `Education, not triage: a simulated day ${day}, not advice about you`,
  ifThisWere: (heading) => `If this were you: ${heading}:`,
  careCard: careCardFor,
  call: { team: 'Call your team now', emergency: 'Call 911 now' },
  symptoms: undefined,
  severity: undefined,
  nothingFelt: (temperature) =>
    `Nothing you would likely notice from CRS on this day. Temperature ${temperature}.`,
  careGiving: (m) => `The care team might be giving ${careWords(m).join(' and ')}.`,
  modelNote:
    'From the teaching model: real people differ. If you are being treated, follow your care team’s advice.',
  callLink: {
    href: '/for-patients/#when-to-call-your-team-or-911',
    text: 'When to call your team, or 911',
  },

  clinician: {
    title: (day) => `Clinician view, day ${day}`,
    crs: 'ASTCT CRS grade',
    icans: 'ICANS grade',
    ice: 'ICE score',
    iceOf: (ice) => `${ice} of 10`,
    temperature: 'Temperature',
    masked: ' (fever masked: antipyretic or anti-cytokine drug given after CRS began)',
    bp: 'Blood-pressure support',
    o2: 'Oxygen support',
    bpShort: BP_SHORT,
    o2Short: O2_SHORT,
    crp: 'CRP',
    il: 'Free serum IL-6, IL-1',
    crsLink: 'Grade this moment in the CRS calculator',
    icansLink: 'Grade it in the ICANS calculator',
    note: 'Values come from the teaching model; lab numbers are illustrative, not reference ranges.',
    crsBecause: (m) => m.crs.because,
    icansBecause: (m) => m.icans.because,
  },

  chartsTitle: 'Over 28 days',
  scaleLegend: 'Cytokine scale',
  linear: 'Linear',
  log: 'Log',
  lines: 'Lines',
  charts: {
    il6: 'IL-6 in the blood (free)',
    il1: 'IL-1 in the blood',
    temperature: 'Temperature',
    temperatureName: 'Temperature',
  },
  chartLabel: (title) => `${title}, teaching model.`,
  readout: (day) => `Day ${formatDay(day)}:`,
  feverLine: 'fever from 38.0 °C (100.4 °F)',
  caption: (title) => `${title} by day, teaching model`,
  bands: {
    grades: 'CRS and ICANS grade',
    support: 'Blood-pressure and oxygen support',
    crs: 'CRS grade',
    icans: 'ICANS grade',
    bp: 'Blood pressure',
    o2: 'Oxygen',
    throughout: (label, word) => `${label}: ${word.toLowerCase()} throughout.`,
    highest: (label, word, day) => `${label}: highest ${word}, first on day ${formatDay(day)}.`,
    gradesLegend: 'Darker means a higher grade; the number in each band is the grade.',
  },
  bpShort: BP_SHORT,
  o2Short: O2_SHORT,
  showTable: 'Show the data as a table',
  dayHeader: 'Day',

  diagramLabel: (day) => `The cascade on day ${formatDay(day)} in the teaching model`,
  diagramHelp: (day) =>
    `The cascade in the teaching model on day ${formatDay(day)}: brighter parts and thicker arrows mean more activity. Point at, tab to or tap a part to learn what it does.`,
  readStep: (step) => `Read ${step} on The cascade`,
  parts: 'What each part does',
  nodes,
  nodeLabel: (node, level) =>
    `${node.name}, ${levelWord(level)} now. ${node.explain} Read ${node.step} on The cascade.`,
  partNow: (level, day) => `(${levelWord(level)} on day ${formatDay(day)})`,
  readPart: (step) => `Read ${step}`,
  drugsOn: 'Drugs switched on',
  drugStatus: (when, start, day) => {
    if (start === null) return `set to start ${when}; in this run it never started`;
    if (start > day + 1e-9) return `set to start ${when}: starts on day ${formatDay(start)}`;
    return `acting since day ${formatDay(start)}`;
  },

  footModel: 'Teaching model, not a prediction for any person.',
  footNumbers: 'Its numbers are illustrative; see',
  aboutModel: 'About the model',
  copyLink: 'Copy link to this view',
  copied: 'Link copied',
  exportTitle: "Cascade explorer: the teaching model's course over 28 days",
  openExplorer: 'Open in the explorer',
  exporting: {
    download: 'Download:',
    csv: 'Data (CSV)',
    svg: 'Charts (SVG)',
    png: 'Charts (PNG)',
    csvDone: 'Data downloaded as CSV.',
    svgDone: 'Charts downloaded as SVG.',
    pngDone: 'Charts downloaded as PNG.',
    pngFailed: 'This browser could not draw the PNG; the SVG download works instead.',
    source: 'Cascade teaching model, not a prediction for any person.',
  },
  copyFailed: 'Could not copy by itself: the text is selected; press Ctrl+C (⌘C on a Mac).',
  linkField: 'Link to this page',
  hidden: [],
};
