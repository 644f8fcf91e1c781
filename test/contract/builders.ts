// Resize bodies for the contract tests: a valid request by default, override only what a test is
// about. `aMalformedResize` sends values the typed DTO refuses, as a careless caller could.
import type { ResizeParametersDto, ResizeRequestDto, TaskNodeInfoDto } from '../../src/core/api/wire';

/** Scale out the core group (no `node_group` = core) by one node. */
export function aResize(parameters: Partial<ResizeParametersDto> = {}): ResizeRequestDto {
  return { parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', instances: 1, ...parameters } };
}

export function aScaleIn(parameters: Partial<ResizeParametersDto> = {}): ResizeRequestDto {
  return aResize({ scale_type: 'scale_in', ...parameters });
}

export function aTaskNodeInfo(overrides: Partial<TaskNodeInfoDto> = {}): TaskNodeInfoDto {
  return {
    node_size: 'c6.xlarge.4.linux.bigdata',
    data_volume_type: 'SSD',
    data_volume_count: 2,
    data_volume_size: 200,
    ...overrides,
  };
}

/** Parameters with values of the wrong type or outside the documented set. */
export function aMalformedResize(parameters: Record<string, unknown>): ResizeRequestDto {
  return aResize(parameters);
}

/** Any body at all (no `parameters`, `parameters` not an object…). */
export function aRawBody(body: unknown): ResizeRequestDto {
  return body as ResizeRequestDto;
}
