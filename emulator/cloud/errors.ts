// The error bodies of ECS, EVS and VPC (docs/quota-api.md §2–§4), which differ from MRS's.
import { json, type Reply } from '../http/reply';

/** ECS and EVS: `{"error": {"code", "message"}}`. */
export function nestedError(status: number, code: string, message: string): Reply {
  return json(status, { error: { code, message } });
}

/** VPC v1: `{"code", "message"}`. */
export function vpcError(status: number, code: string, message: string): Reply {
  return json(status, { code, message });
}

/** The Neutron-style VPC calls (`/v2.0/…`): `{"NeutronError": {"type", "message", "detail"}}`. */
export function neutronError(status: number, type: string, message: string): Reply {
  return json(status, { NeutronError: { type, message, detail: '' } });
}
