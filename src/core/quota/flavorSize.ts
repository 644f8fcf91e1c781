// vCPUs and memory of a flavor read from its name, the last resort of docs/quota-api.md §6.3: ECS
// names are `family.size.ratio` (`c6.4xlarge.4`: 16 vCPUs, 4 GiB per vCPU), MRS adds `.linux.bigdata`.
// Sizes: medium 1, large 2, xlarge 4, Nxlarge 4·N vCPUs (the usual reading; no page lists them).
import { ecsFlavorName } from '../model/flavors';

export interface FlavorSize {
  readonly cores: number;
  /** MB, 1024 per GiB as ECS counts a flavor's `ram`. */
  readonly ramMb: number;
}

const SIZES: Readonly<Record<string, number>> = { medium: 1, large: 2, xlarge: 4 };

function coresOf(size: string): number | undefined {
  const known = SIZES[size];
  if (known !== undefined) {
    return known;
  }
  const n = /^(\d+)xlarge$/.exec(size);
  return n ? 4 * Number(n[1]) : undefined;
}

/** The estimate the name gives, or undefined for a name without a ratio (`s1.xlarge`, `c2.4xlarge`). */
export function flavorSizeFromName(flavor: string): FlavorSize | undefined {
  const parts = ecsFlavorName(flavor).toLowerCase().split('.');
  if (parts.length !== 3) {
    return undefined;
  }
  const cores = coresOf(parts[1]);
  const ratio = Number(parts[2]);
  if (cores === undefined || !/^\d+(\.\d+)?$/.test(parts[2]) || ratio <= 0) {
    return undefined;
  }
  return { cores, ramMb: Math.round(cores * ratio * 1024) };
}
