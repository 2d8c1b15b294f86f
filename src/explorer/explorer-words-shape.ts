/**
 * The shape of the explorer's words in every language ({@link ExplorerWords}): English in
 * ./explorer-words.ts, Spanish in ./explorer-words.es.ts. A language that misses a word, or
 * words one differently, fails type checking.
 */
import type { Locale } from '../model/locale';
import type { QueryNote } from '../model/query';
import type { SymptomId } from '../model/observables';
import type { TimingWords, Words } from '../model/words';
import type { BpSupport, O2Support } from '../model/grading';
import type { Drug } from '../model/drugs';
import type { Dose } from '../model/therapies';
import type { careCardFor } from './care';
import type { describeChange, onset, peakIl6 } from './change';
import type { describeLine } from './chart-geometry';
import type { drugStartsSentence, Run } from './chart';
import type { NodeId } from './diagram-layout';
import type { Moment } from './moment';
import type { PickerGroup } from './product-picker';
import type { burdenValueText } from './scenario-text';
import type { Comparison, View } from './view-query';
import type { PanelId } from './presets';

/** The words of one part of the diagram. */
export interface NodeWords {
  readonly label: string;
  readonly name: string;
  readonly explain: string;
  readonly step: string;
}

/** The words of the note about a shared link's unusable values (ui/QueryNotes.svelte). */
export interface QueryNoteWords {
  readonly lead: (allRejected: boolean, someRejected: boolean) => string;
  readonly message: (note: QueryNote) => string;
  readonly dismiss: string;
}

export interface ExplorerWords {
  readonly locale: Locale;
  /** Accessible name of the full explorer's region. */
  readonly label: string;
  readonly jsNote: (day: number) => string;
  /** Numbers as this language writes them in prose and tables. */
  readonly day: (day: number) => string;
  readonly amount: (value: number) => string;
  readonly temperature: (celsius: number) => string;
  /** The notes about a bad link value; undefined keeps the component's own (English) words. */
  readonly notes: QueryNoteWords | undefined;

  /* the moment and the course */
  readonly sentence: (m: Moment) => string;
  readonly course: (runs: readonly Run[]) => string;
  readonly worst: (runs: readonly Run[]) => string;
  readonly change: typeof describeChange;
  readonly runs: { readonly alone: string; readonly yours: string; readonly a: string };
  readonly other: { readonly none: string; readonly b: string };
  readonly onset: typeof onset;
  readonly peakIl6: typeof peakIl6;

  /* the controls */
  readonly scenario: string;
  readonly compare: string;
  readonly compareOptions: Readonly<Record<Comparison, string>>;
  readonly target: string;
  readonly scenarioPrefix: (target: 'a' | 'b') => string;
  readonly notice: string;
  readonly burden: string;
  readonly burdenHint: string;
  readonly burdenValue: typeof burdenValueText;
  readonly burdenPresets: string;
  readonly burdenNames: Readonly<Record<string, string>>;
  readonly therapy: string;
  readonly pickerGroups: readonly PickerGroup[];
  readonly dose: string;
  readonly doses: Readonly<Record<Dose, string>>;
  readonly drugsLegend: string;
  readonly drugName: Readonly<Record<Drug, string>>;
  readonly drugDoes: Readonly<Record<Drug, string>>;
  readonly timingShort: TimingWords;
  readonly timingWhen: TimingWords;
  readonly reset: string;

  /* time */
  readonly dayLabel: string;
  readonly of: (last: number) => string;
  readonly dayValue: (day: number, last: number) => string;
  readonly play: string;
  readonly pause: string;
  readonly speed: string;
  readonly speeds: readonly [string, string, string];
  readonly speedHint: string;

  /* figures and the pinned summary */
  readonly figuresTitle: (other: string | null) => string;
  readonly figures: {
    readonly crs: string;
    readonly icans: string;
    readonly onset: string;
    readonly il6: string;
  };
  readonly liveDay: (day: number) => string;
  readonly crsGrade: (grade: number) => string;
  readonly icansGrade: (grade: number) => string;
  readonly teachingModel: string;
  readonly worstIn28: string;

  /* symptoms and care */
  readonly viewLegend: string;
  readonly views: Readonly<Record<View, string>>;
  readonly feelTitle: (day: string) => string;
  readonly careNote: (day: string) => string;
  readonly ifThisWere: (heading: string) => string;
  readonly careCard: typeof careCardFor;
  readonly call: { readonly team: string; readonly emergency: string };
  readonly symptoms: Readonly<Record<SymptomId, string>> | undefined;
  readonly severity: readonly [string, string, string, string] | undefined;
  readonly nothingFelt: (temperature: string) => string;
  readonly careGiving: (m: Moment) => string;
  readonly modelNote: string;
  readonly callLink: { readonly href: string; readonly text: string };

  /* the clinician view */
  readonly clinician: {
    readonly title: (day: string) => string;
    readonly crs: string;
    readonly icans: string;
    readonly ice: string;
    readonly iceOf: (ice: number) => string;
    readonly temperature: string;
    readonly masked: string;
    readonly bp: string;
    readonly o2: string;
    readonly bpShort: Words<BpSupport>;
    readonly o2Short: Words<O2Support>;
    readonly crp: string;
    readonly il: string;
    readonly crsLink: string;
    readonly icansLink: string;
    readonly note: string;
    readonly crsBecause: (m: Moment) => string;
    readonly icansBecause: (m: Moment) => string;
  };

  /* charts */
  readonly chartsTitle: string;
  readonly scaleLegend: string;
  readonly linear: string;
  readonly log: string;
  readonly lines: string;
  readonly charts: {
    readonly il6: string;
    readonly il1: string;
    readonly temperature: string;
    readonly temperatureName: string;
  };
  readonly chartLabel: (title: string) => string;
  /**
   * The charts' sentences where this language has its own (English: chart.ts and
   * chart-geometry.ts, which load with the charts, after the first paint).
   */
  readonly drugStarts?: typeof drugStartsSentence;
  readonly describeLine?: typeof describeLine;
  readonly readout: (day: number) => string;
  readonly feverLine: string;
  readonly caption: (title: string) => string;
  readonly bands: {
    readonly grades: string;
    readonly support: string;
    readonly crs: string;
    readonly icans: string;
    readonly bp: string;
    readonly o2: string;
    readonly throughout: (label: string, word: string) => string;
    readonly highest: (label: string, word: string, day: number) => string;
    readonly gradesLegend: string;
    readonly supportLegend?: string;
  };
  readonly bpShort: Words<BpSupport>;
  readonly o2Short: Words<O2Support>;
  readonly showTable: string;
  readonly dayHeader: string;

  /* the diagram */
  readonly diagramLabel: (day: number) => string;
  readonly diagramHelp: (day: number) => string;
  readonly readStep: (step: string) => string;
  readonly parts: string;
  readonly nodes: Readonly<Record<NodeId, NodeWords>>;
  readonly nodeLabel: (node: NodeWords, level: number) => string;
  /** "(moderate on day 3)" in the list of parts. */
  readonly partNow: (level: number, day: number) => string;
  readonly readPart: (step: string) => string;
  readonly drugsOn: string;
  readonly drugStatus: (when: string, start: number | null, day: number) => string;

  /* the foot */
  readonly footModel: string;
  readonly footNumbers: string;
  readonly aboutModel: string;
  readonly copyLink: string;
  readonly copied: string;
  readonly exportTitle: string;
  readonly openExplorer: string;
  /** The downloads (ExportData) and the copy button's other words (ui/CopyLink). */
  readonly exporting: {
    readonly download: string;
    readonly csv: string;
    readonly svg: string;
    readonly png: string;
    readonly csvDone: string;
    readonly svgDone: string;
    readonly pngDone: string;
    readonly pngFailed: string;
    readonly source: string;
  };
  readonly copyFailed: string;
  readonly linkField: string;
  /** The explorer's panels this language does not have words for yet: not shown. */
  readonly hidden: readonly PanelId[];
}
