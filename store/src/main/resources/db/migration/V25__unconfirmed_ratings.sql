-- Ratings the user did not give: a self-score left at the rubric's estimate (an empty line, the end
-- of piped input) still moves the item's review, conservatively, and `allclose review` asks for the
-- real score later. One row per item, for its latest review only. The row keeps the card as it was
-- before that review, so the confirmed rating replaces the estimate's instead of counting as a
-- second review. `detail` is what the front end needs to ask again (JSON, opaque to the store).

CREATE TABLE unconfirmed_ratings (
    item             VARCHAR(120) PRIMARY KEY,
    estimate         VARCHAR(10)  NOT NULL,
    source           VARCHAR(120) NOT NULL,
    reviewed_at      BIGINT       NOT NULL,
    previous_card    TEXT,
    previous_reviews INTEGER      NOT NULL,
    detail           TEXT         NOT NULL
);
