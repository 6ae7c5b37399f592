-- Debugging rounds: an interview session that starts from one of the problem's known wrong
-- submissions instead of the starter. `planted` names that submission (its folder and file, e.g.
-- "wrong_answer/greedy.py"), kept out of sight until the session ends; `draft` is the code the user
-- is fixing, saved as they type, apart from the problem's own drafts so that a round never
-- overwrites the user's work. Both stay NULL for a plain interview session. One column per
-- statement, as SQLite's ALTER TABLE allows.

ALTER TABLE interview_sessions ADD COLUMN planted VARCHAR(300);
ALTER TABLE interview_sessions ADD COLUMN draft TEXT;
