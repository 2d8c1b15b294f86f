/**
 * Links into the clinician calculators, built with the same codec the calculators and
 * `npm run grade` read (`src/model/grade-encode.ts`, `grade-query.ts`), so a link opens the tool filled in.
 *
 * The explorer's "Grade this moment" uses these with the simulated day's vitals:
 *
 * ```ts
 * const day = 12; // output sample index
 * const href = crsToolHref(
 *   crsInputsFromLevels(series.temperature[day], series.bpSupport[day], series.o2Support[day], masked),
 * );
 * ```
 */
import { encodeCrsInputs, encodeIcansInputs } from '../model/grade-encode';
import {
  BP_SUPPORT,
  CONSCIOUSNESS,
  EDEMA,
  MOTOR,
  O2_SUPPORT,
  SEIZURE,
  temperatureTenths,
  type CrsInputs,
  type IcansInputs,
} from '../model/grading';

export const CRS_TOOL_PATH = '/tools/crs-grade/';
export const ICANS_TOOL_PATH = '/tools/icans-grade/';

/**
 * A temperature as a thermometer shows it (one decimal), unless rounding would move it across
 * the fever threshold (37.96 °C is no fever for the model, but 38.0 °C would be): then it is cut
 * down to one decimal instead, which keeps the grade the same.
 */
export function displayTemperature(celsius: number): number {
  return temperatureTenths(celsius);
}

/** `/tools/crs-grade/?temp=38.5&bp=one-pressor&o2=none` for these inputs (temperature to 0.1 °C). */
export function crsToolHref(inputs: CrsInputs): string {
  const temperature = displayTemperature(inputs.temperature);
  return `${CRS_TOOL_PATH}?${encodeCrsInputs({ ...inputs, temperature })}`;
}

/** `/tools/icans-grade/?ice=…&consciousness=…` for these inputs. */
export function icansToolHref(inputs: IcansInputs): string {
  return `${ICANS_TOOL_PATH}?${encodeIcansInputs(inputs)}`;
}

function at<T>(levels: readonly T[], level: number): T {
  const index = Math.max(0, Math.min(levels.length - 1, Math.round(level) || 0));
  return levels[index] as T;
}

/**
 * CRS inputs from the model's series, where support levels are indices into `BP_SUPPORT` and
 * `O2_SUPPORT` (`series.bpSupport`, `series.o2Support`); out-of-range levels are clamped.
 */
export function crsInputsFromLevels(
  temperature: number,
  bpLevel: number,
  o2Level: number,
  masked: boolean,
): CrsInputs {
  return { temperature, bp: at(BP_SUPPORT, bpLevel), o2: at(O2_SUPPORT, o2Level), masked };
}

/**
 * ICANS inputs from the model's series (`series.ice`, `series.consciousness`, `series.seizure`,
 * `series.edema`), levels being indices into `CONSCIOUSNESS`, `SEIZURE`, `MOTOR`, `EDEMA`.
 */
export function icansInputsFromLevels(
  ice: number,
  consciousnessLevel: number,
  seizureLevel: number,
  motorLevel: number,
  edemaLevel: number,
): IcansInputs {
  return {
    ice: Math.max(0, Math.min(10, Math.round(ice) || 0)),
    consciousness: at(CONSCIOUSNESS, consciousnessLevel),
    seizure: at(SEIZURE, seizureLevel),
    motor: at(MOTOR, motorLevel),
    edema: at(EDEMA, edemaLevel),
  };
}
