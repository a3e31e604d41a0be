// Preloaded with `node --import` to run the CLI on a host whose wall clock is off by SKEW_MS
// (the adversarial audit's C1 reproduction). Only Date moves; performance.now() does not.
const offset = Number(process.env.SKEW_MS ?? 0);
const RealDate = Date;
class SkewedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offset;
  }
}
globalThis.Date = SkewedDate;
