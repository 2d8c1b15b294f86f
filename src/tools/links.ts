/**
 * Links into the clinician calculators, built with the same codec the calculators and
 * `npm run grade` read (`src/model/grade-encode.ts`, `grade-query.ts`), so a link opens the tool filled in.
 *
 * The explorer's "Grade this moment" uses these with the inputs the model decodes from one
 * output sample of a simulation:
 *
 * ```ts
 * const sample = 12; // output sample index
 * const href = crsToolHref(gradingInputsAt(simulation, sample).crs);
 * ```
 */
import { encodeCrsInputs, encodeIcansInputs } from '../model/grade-encode';
import { temperatureTenths, type CrsInputs, type IcansInputs } from '../model/grading';

const CRS_TOOL_PATH = '/tools/crs-grade/';
const ICANS_TOOL_PATH = '/tools/icans-grade/';

/**
 * `/tools/crs-grade/?temp=38.5&bp=one-pressor&o2=none` for these inputs. The temperature goes
 * as a thermometer shows it (0.1 °C), never rounded across the fever line, so the link grades
 * as the inputs do.
 */
export function crsToolHref(inputs: CrsInputs): string {
  const temperature = temperatureTenths(inputs.temperature);
  return `${CRS_TOOL_PATH}?${encodeCrsInputs({ ...inputs, temperature })}`;
}

/** `/tools/icans-grade/?ice=…&consciousness=…` for these inputs. */
export function icansToolHref(inputs: IcansInputs): string {
  return `${ICANS_TOOL_PATH}?${encodeIcansInputs(inputs)}`;
}
