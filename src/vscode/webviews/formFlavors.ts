// The flavors MRS offers, as one resize form's session reads them: once per reading of a cluster without
// task nodes (the form offers first task nodes only then), through the connection's cached reader; an
// answer for an older reading is dropped. No `vscode` import: plain-Node tests drive it.
import { countByRole } from '../../core/model/cluster';
import type { FlavorPlacement } from '../../core/model/flavors';
import type { Logger } from '../../core/log';
import { errorMessage } from '../../core/errors';
import type { FlavorOffer } from '../../core/quota/flavorOffer';
import type { ClusterFacts } from '../../core/resize/facts';

export class FormFlavors {
  private latest: FlavorOffer | undefined;
  private readings = 0;

  constructor(
    private readonly read: ((placement: FlavorPlacement) => Promise<FlavorOffer>) | undefined,
    private readonly post: (offer: FlavorOffer) => void,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  /** The offer last read (kept until the next one: a cluster's version and zone do not change). */
  get offer(): FlavorOffer | undefined {
    return this.latest;
  }

  /** A reading came: reads the offer for it in the background when its first task nodes may be chosen. */
  readingCame(reading: { readonly facts: ClusterFacts; readonly placement?: FlavorPlacement }): void {
    const mine = ++this.readings;
    if (!this.read || !reading.placement || countByRole(reading.facts.nodeGroups, 'task') > 0) {
      return;
    }
    this.read(reading.placement).then(
      (offer) => {
        if (mine === this.readings) {
          this.latest = offer;
          this.post(offer);
        }
      },
      (e: unknown) => this.log.warn(`Resize form: the offered flavors could not be read: ${errorMessage(e)}`),
    );
  }
}
