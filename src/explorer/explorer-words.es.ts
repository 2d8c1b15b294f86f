/**
 * The explorer's words in Spanish (the twin of EXPLORER_WORDS_EN in ./explorer-words.ts, typed by
 * the same interface, so a missing word fails type checking). Plain Spanish of US patient
 * materials, "usted"; the acronyms a care team uses (CRS, ICANS, CAR-T, IL-6) stay beside the
 * Spanish terms. Numbers with a decimal comma, °C first with °F beside it. Only the Spanish
 * explorer (components/explorer/ExplorerEs.svelte) imports this module.
 */
import type { AdviceList } from '../lib/care-advice';
import { BP_SUPPORT, O2_SUPPORT } from '../model/grading';
import {
  BP_BAND_ES,
  BP_PATIENT_ES,
  DRUG_CLINICIAN_ES,
  DRUG_SHORT_ES,
  O2_BAND_ES,
  O2_PATIENT_ES,
  THERAPY_SHORT_ES,
  TIMING_SHORT_ES,
  TIMING_WHEN_ES,
  BP_SHORT_ES,
  O2_SHORT_ES,
} from '../model/words.es';
import { careCardFor } from './care';
import { describeChange } from './change';
import { numbered, type Run } from './chart';
import type { ExplorerWords } from './explorer-words-shape';
import { summarySentence, supportWords, type Moment } from './moment';
import { PICKER_GROUPS } from './product-picker';
import { burdenValueText } from './scenario-text';
import {
  BURDEN,
  CHANGE,
  CRS_CRITERIA,
  ICANS_DOMAINS,
  NOTES,
  PICKER_LABELS,
  SUMMARY,
  SYMPTOMS,
  amount,
  and,
  courseWords,
  day,
  levelWord,
  nodes,
  onset,
  peakIl6,
  temperature,
} from './explorer-sentences.es';

/**
 * A band's word inside a sentence: "Líquidos / Un vasopresor" → "líquidos / un vasopresor";
 * an acronym ("VNI") is kept.
 */
function lowerFirst(word: string): string {
  return word
    .split(' / ')
    .map((part) =>
      /^\p{Lu}\p{Lu}/u.test(part) ? part : part.charAt(0).toLowerCase() + part.slice(1),
    )
    .join(' / ');
}

/** The call lists the care card quotes: the page passes them from content/care-advice.es.json. */
export interface CallLists {
  readonly callTeam: AdviceList;
  readonly callEmergency: AdviceList;
}

/**
 * The Spanish words, with the care card quoting `lists`. The page hands the lists to the island
 * (ExplorerEs), so the Spanish call-team list never lands in a bundle that English pages share.
 */
export const explorerWordsEs = (lists: CallLists): ExplorerWords => ({
  locale: 'es',
  label: 'Explorador de la cascada',
  jsNote: (d) =>
    `Los controles necesitan JavaScript. Sin JavaScript, se ve el escenario inicial en el día ${d}.`,
  day,
  amount,
  temperature,
  notes: NOTES,

  sentence: (m) => summarySentence(m, SUMMARY),
  course: (runs: readonly Run[]) =>
    `En 28 días: ${runs
      .map((run) =>
        runs.length > 1
          ? `${run.label}: ${courseWords(run.sim.summary)}`
          : courseWords(run.sim.summary),
      )
      .join('; ')}.`,
  worst: (runs: readonly Run[]) => {
    const name = (run: Run) =>
      run.id === 'main'
        ? runs[1]?.id === 'b'
          ? 'A'
          : 'el suyo'
        : run.id === 'b'
          ? 'B'
          : run.label;
    return runs
      .map(
        (run) =>
          `${runs.length > 1 ? `${name(run)}: ` : ''}SLC ${run.sim.summary.maxCrsGrade}, ICANS ${run.sim.summary.maxIcansGrade}, IL-6 ${amount(run.sim.summary.peakIl6)} pg/mL`,
      )
      .join(' · ');
  },
  change: (control, before, after) => describeChange(control, before, after, CHANGE),
  runs: { alone: 'Este escenario', yours: 'Su escenario', a: 'Escenario A' },
  other: { none: 'Sin medicamento', b: 'Escenario B' },
  onset,
  peakIl6,

  scenario: 'Escenario',
  compare: 'Comparar con',
  compareOptions: { off: 'Nada', 'no-drug': 'Sin medicamento', b: 'Escenario B' },
  target: 'Los controles de abajo cambian el escenario',
  scenarioPrefix: (target) => `Escenario ${target.toUpperCase()}: `,
  notice: 'Fíjese:',
  burden: 'Carga tumoral:',
  burdenHint: 'de un tumor grande de referencia',
  burdenValue: (burden) => burdenValueText(burden, BURDEN),
  burdenPresets: 'Cargas de ejemplo',
  burdenNames: { low: 'Baja', moderate: 'Moderada', high: 'Alta' },
  therapy: 'Tratamiento que inicia el ataque inmunitario',
  pickerGroups: PICKER_GROUPS.map((group) => ({
    ...group,
    label: PICKER_LABELS[group.id],
    options: group.options.map((option) => ({
      value: option.value,
      label:
        option.value in THERAPY_SHORT_ES
          ? THERAPY_SHORT_ES[option.value as keyof typeof THERAPY_SHORT_ES]
          : option.label,
    })),
  })),
  dose: 'Dosis de células o exposición al medicamento',
  doses: { low: 'Baja', standard: 'Estándar', high: 'Alta' },
  drugsLegend: 'Cuándo empieza cada medicamento',
  drugName: DRUG_SHORT_ES,
  drugDoes: DRUG_CLINICIAN_ES,
  timingShort: TIMING_SHORT_ES,
  timingWhen: TIMING_WHEN_ES,
  reset: 'Volver a empezar',

  dayLabel: 'Día después de la infusión:',
  of: (last) => `de ${last}`,
  dayValue: (d, last) => `Día ${day(d)} de ${last}`,
  play: 'Reproducir',
  pause: 'Pausa',
  speed: 'Velocidad',
  speeds: ['Lenta', 'Normal', 'Rápida'],
  speedHint: 'Lenta muestra 1 día por segundo; normal, 2; rápida, 4.',

  figuresTitle: (other) => `En 28 días${other ? `, con «${other}» entre paréntesis` : ''}`,
  figures: {
    crs: 'Grado máximo del SLC (CRS)',
    icans: 'Grado máximo del ICANS',
    onset: 'Empieza el SLC (CRS)',
    il6: 'IL-6 más alta',
  },
  liveDay: (d) => `Día ${day(d)}:`,
  crsGrade: (grade) => `SLC (CRS) de grado ${grade}`,
  icansGrade: (grade) => `ICANS de grado ${grade}`,
  teachingModel: '(modelo de enseñanza)',
  worstIn28: 'Lo peor en 28 días:',

  viewLegend: 'Mostrar el momento para',
  views: { patient: 'Lo que podría sentir', clinician: 'Vista clínica' },
  feelTitle: (d) => `Lo que podría sentir el día ${d}`,
  careNote: (d) =>
    `Para aprender, no para decidir: un día ${d} simulado, no un consejo sobre usted`,
  ifThisWere: (heading) => `Si esto le pasara a usted: ${heading}:`,
  careCard: (m) => careCardFor(m, lists),
  call: { team: 'Llame a su equipo ahora', emergency: 'Llame al 911 ahora' },
  symptoms: SYMPTOMS,
  severity: ['nada', 'leve', 'moderado', 'fuerte'],
  nothingFelt: (t) => `Este día probablemente no notaría nada del SLC (CRS). Temperatura: ${t}.`,
  careGiving: (m) =>
    `El equipo médico podría estar dando ${and(supportWords(m, BP_PATIENT_ES, O2_PATIENT_ES))}.`,
  modelNote:
    'Según el modelo de enseñanza: cada persona es distinta. Si usted está en tratamiento, siga los consejos de su equipo médico.',
  callLink: {
    href: '/es/para-pacientes/#llame-a-su-equipo-o-al-911',
    text: 'Cuándo llamar a su equipo o al 911',
  },

  clinician: {
    title: (d) => `Vista clínica, día ${d}`,
    crs: 'Grado del SLC (CRS) según ASTCT',
    icans: 'Grado del ICANS',
    ice: 'Puntaje ICE',
    iceOf: (ice) => `${ice} de 10`,
    temperature: 'Temperatura',
    masked:
      ' (fiebre oculta: se dio un antipirético o un medicamento contra las citocinas después de empezar el SLC)',
    bp: 'Apoyo para la presión arterial',
    o2: 'Apoyo de oxígeno',
    bpShort: BP_SHORT_ES,
    o2Short: O2_SHORT_ES,
    crp: 'PCR (CRP)',
    il: 'IL-6 e IL-1 libres en el suero',
    crsLink: 'Clasificar este momento en la calculadora del CRS (en inglés)',
    icansLink: 'Clasificarlo en la calculadora del ICANS (en inglés)',
    note: 'Los valores vienen del modelo de enseñanza; los números de laboratorio son ilustrativos, no valores de referencia.',
    crsBecause: (m: Moment) =>
      m.crs.grade === 0
        ? m.crs.maskedWithoutFindings
          ? 'La fiebre está oculta por el tratamiento y no hay criterios de grado 2 a 4: vuelva a evaluar.'
          : 'Sin fiebre medida: no hay SLC (CRS) según ASTCT.'
        : `Lo decide ${and(m.crs.criteria.map((c) => CRS_CRITERIA[c]))}: grado ${m.crs.grade}.`,
    icansBecause: (m: Moment) =>
      m.icans.grade === 0
        ? 'Puntaje ICE de 10, alerta, sin convulsiones, sin debilidad y sin hinchazón del cerebro: no hay ICANS.'
        : `Lo decide ${and(m.icans.criteria.map((c) => ICANS_DOMAINS[c]))}: grado ${m.icans.grade}.`,
  },

  chartsTitle: 'En 28 días',
  scaleLegend: 'Escala de las citocinas',
  linear: 'Lineal',
  log: 'Logarítmica',
  lines: 'Líneas',
  charts: {
    il6: 'IL-6 en la sangre (libre)',
    il1: 'IL-1 en la sangre',
    temperature: 'Temperatura',
    temperatureName: 'Temperatura',
  },
  chartLabel: (title) => `${title}, modelo de enseñanza.`,
  drugStarts: (marks) =>
    marks.map((mark) => `${mark.label} empieza el día ${day(mark.day)}.`).join(' '),
  describeLine: (name, unit, t, values, format = amount) => {
    if (values.length === 0) return `${name}: sin datos.`;
    let peak = 0;
    values.forEach((v, i) => {
      if (v > (values[peak] ?? -Infinity)) peak = i;
    });
    const last = values.length - 1;
    return `${name} llega a ${format(values[peak] ?? 0)}${unit} el día ${day(t[peak] ?? 0)} y está en ${format(values[last] ?? 0)}${unit} el día ${day(t[last] ?? 0)}.`;
  },
  readout: (d) => `Día ${day(d)}:`,
  feverLine: `fiebre desde ${temperature(38)}`,
  caption: (title) => `${title} por día, modelo de enseñanza`,
  bands: {
    grades: 'Grado del SLC (CRS) y del ICANS',
    support: 'Apoyo para la presión arterial y de oxígeno',
    crs: 'Grado del SLC (CRS)',
    icans: 'Grado del ICANS',
    bp: 'Presión arterial',
    o2: 'Oxígeno',
    throughout: (label, word) => `${label}: ${lowerFirst(word)} todo el tiempo.`,
    highest: (label, word, d) =>
      `${label}: lo más alto es ${lowerFirst(word)}, primero el día ${day(d)}.`,
    gradesLegend: 'Más oscuro quiere decir un grado más alto; el número de cada banda es el grado.',
    supportLegend: `Números en las bandas: presión arterial ${numbered(BP_SUPPORT, BP_BAND_ES)}; oxígeno ${numbered(O2_SUPPORT, O2_BAND_ES)}.`,
  },
  bpShort: BP_SHORT_ES,
  o2Short: O2_SHORT_ES,
  showTable: 'Mostrar los datos en una tabla',
  dayHeader: 'Día',

  diagramLabel: (d) => `La cascada el día ${day(d)} en el modelo de enseñanza`,
  diagramHelp: (d) =>
    `La cascada en el modelo de enseñanza el día ${day(d)}: las partes más brillantes y las flechas más gruesas quieren decir más actividad. Señale, toque o llegue con la tecla Tab a una parte para saber qué hace.`,
  readStep: (step) => `Leer ${step} en La cascada (en inglés)`,
  parts: 'Qué hace cada parte',
  nodes,
  nodeLabel: (node, level) =>
    `${node.name}, nivel ${levelWord(level)} ahora. ${node.explain} Leer ${node.step} en La cascada (en inglés).`,
  partNow: (level, d) => `(nivel ${levelWord(level)} el día ${day(d)})`,
  readPart: (step) => `Leer ${step} (en inglés)`,
  drugsOn: 'Medicamentos en uso',
  drugStatus: (when, start, d) => {
    if (start === null) return `debe empezar ${when}; en esta simulación nunca empezó`;
    if (start > d + 1e-9) return `debe empezar ${when}: empieza el día ${day(start)}`;
    return `actúa desde el día ${day(start)}`;
  },

  footModel: 'Modelo de enseñanza, no una predicción para ninguna persona.',
  footNumbers: 'Sus números son ilustrativos; vea',
  aboutModel: 'Acerca del modelo (en inglés)',
  copyLink: 'Copiar el enlace a esta vista',
  copied: 'Enlace copiado',
  exportTitle: 'Explorador de Cascade: la evolución en 28 días del modelo de enseñanza',
  openExplorer: 'Abrir en el explorador',
  exporting: {
    download: 'Descargar:',
    csv: 'Datos (CSV)',
    svg: 'Gráficas (SVG)',
    png: 'Gráficas (PNG)',
    csvDone: 'Datos descargados en CSV.',
    svgDone: 'Gráficas descargadas en SVG.',
    pngDone: 'Gráficas descargadas en PNG.',
    pngFailed: 'Este navegador no pudo crear el PNG; la descarga en SVG sí funciona.',
    source: 'Modelo de enseñanza de Cascade, no una predicción para ninguna persona.',
  },
  copyFailed:
    'No se pudo copiar solo: el texto está seleccionado; presione Ctrl+C (⌘C en una Mac).',
  linkField: 'Enlace a esta página',
  // "100 personas como esta" is not translated yet: the Spanish explorer leaves it out.
  hidden: ['cohort'],
});
