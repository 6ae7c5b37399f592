// Glue between Allclose and ts-fsrs (loaded before this file as the global FSRS): one review of
// one card. The card travels as JSON text (dates as ISO strings, which ts-fsrs accepts).
(function (cardJson, nowIso, grade, maximumInterval, shortTerm) {
  const scheduler = FSRS.fsrs(
    FSRS.generatorParameters({
      enable_fuzz: false,
      enable_short_term: shortTerm,
      maximum_interval: maximumInterval,
    })
  );
  const now = new Date(nowIso);
  const card = cardJson === null ? FSRS.createEmptyCard(now) : JSON.parse(cardJson);
  return JSON.stringify(scheduler.next(card, now, grade).card);
})
