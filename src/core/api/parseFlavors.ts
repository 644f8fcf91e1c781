// The flavor answers (docs/quota-api.md §5, §6): MRS's available-flavor (per zone, per role, names
// only) and ECS ListFlavors (vCPUs as a string, memory in MB). Tolerant like every read here; a body of
// another shape is the typed invalidResponse error.
import type { EcsFlavor, ZoneFlavors } from '../model/flavors';
import { requireRecord, toStr, unexpectedShape, type Fields } from './read';

function names(zone: Fields, role: string): string[] {
  return (zone.arr(role) ?? []).flatMap((item) => {
    const name = typeof item === 'string' ? toStr(item) : requireRecord(item, 'flavor').str('flavor_name');
    return name === undefined ? [] : [name];
  });
}

/**
 * `GET /v2/{project_id}/metadata/version/{version_name}/available-flavor`: `{"available_flavors": [{az_code,
 * az_name, master: [{flavor_name}], core: […], task: […]}]}`.
 * @throws MrsApiError 'invalidResponse' without `available_flavors`.
 */
export function parseMrsFlavorsDto(json: unknown): ZoneFlavors[] {
  const zones = requireRecord(json, 'MRS flavors').arr('available_flavors');
  if (!zones) {
    throw unexpectedShape('MRS flavors without available_flavors', json);
  }
  return zones.map((z) => {
    const zone = requireRecord(z, 'MRS flavors of a zone');
    return {
      azCode: zone.str('az_code'),
      azName: zone.str('az_name'),
      master: names(zone, 'master'),
      core: names(zone, 'core'),
      task: names(zone, 'task'),
    };
  });
}

const positive = (n: number | undefined): number | undefined => (n !== undefined && n > 0 ? n : undefined);

/**
 * `GET /v1/{project_id}/cloudservers/flavors`: `{"flavors": [{name, vcpus: "16", ram: 65536, …}]}`; a flavor
 * without a name is skipped, a size that cannot be read is left undefined.
 * @throws MrsApiError 'invalidResponse' without `flavors`.
 */
export function parseEcsFlavorsDto(json: unknown): EcsFlavor[] {
  const flavors = requireRecord(json, 'ECS flavors').arr('flavors');
  if (!flavors) {
    throw unexpectedShape('ECS flavors without flavors', json);
  }
  return flavors.flatMap((x) => {
    const f = requireRecord(x, 'ECS flavor');
    const name = f.str('name') ?? f.str('id');
    return name === undefined ? [] : [{ name, cores: positive(f.int('vcpus')), ramMb: positive(f.int('ram')) }];
  });
}
