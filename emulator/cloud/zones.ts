// The availability zones the emulator's region has: every cluster is in the first; the second offers
// fewer flavors (the s3 family is sold out there), so that an answer per zone means something.
export function zonesOf(region: string): { code: string; name: string }[] {
  return [
    { code: `${region}a`, name: `${region}a` },
    { code: `${region}b`, name: `${region}b` },
  ];
}

/** Whether a flavor (ECS name) is sold in a zone. */
export function soldIn(zoneIndex: number, ecsName: string): boolean {
  return zoneIndex === 0 || !ecsName.startsWith('s3.');
}
