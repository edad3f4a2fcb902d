-- Rapport hub, schema version 6: the database checks every submission it is given.
--
-- A client's login may insert its own submissions (row-level security sees to "its own"); nothing stopped it from
-- writing NaN, a score its answers do not give, an answer off the scale or a date in the future, each of which would
-- flow into the organisation's figures. The built-in instruments are fixed here, as in hr_report(): the Wellbeing
-- Index (five answers 0-5, score = their sum x 4, no professional) and the Professional Alliance (five answers 1-7,
-- score = their mean rounded to one decimal half away from zero, about a professional). A time may be up to ten
-- minutes ahead of the server's clock (clocks drift) and not before 2000. Whether a row predates the person's hub
-- account is not checked: history a client kept before joining is pushed on the first sync.

CREATE FUNCTION rapport.check_submission() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    now_ms bigint := (extract(epoch FROM statement_timestamp()) * 1000)::bigint;
    answers integer[];
    expected double precision;
BEGIN
    IF NEW.score IS NULL OR NEW.score = 'NaN'::double precision OR NEW.score IN ('Infinity', '-Infinity') THEN
        RAISE EXCEPTION 'submission %: the score is not a number', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.answers !~ '^[0-9]{1,2}(,[0-9]{1,2}){4}$' THEN
        RAISE EXCEPTION 'submission %: the answers must be five whole numbers', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.instrument_version IS DISTINCT FROM 1 THEN
        RAISE EXCEPTION 'submission %: version % of % is not known to this hub', NEW.id, NEW.instrument_version,
            NEW.instrument_id USING ERRCODE = 'check_violation';
    END IF;
    answers := string_to_array(NEW.answers, ',')::integer[];
    IF NEW.instrument_id = 'wellbeing-index' THEN
        IF NEW.professional_id IS NOT NULL THEN
            RAISE EXCEPTION 'submission %: a Wellbeing Index is about nobody but the client', NEW.id
                USING ERRCODE = 'check_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM unnest(answers) AS a WHERE a NOT BETWEEN 0 AND 5) THEN
            RAISE EXCEPTION 'submission %: a Wellbeing Index answer is outside 0-5', NEW.id
                USING ERRCODE = 'check_violation';
        END IF;
        expected := (answers[1] + answers[2] + answers[3] + answers[4] + answers[5]) * 4;
    ELSIF NEW.instrument_id = 'professional-alliance' THEN
        IF NEW.professional_id IS NULL THEN
            RAISE EXCEPTION 'submission %: an alliance survey is about a professional', NEW.id
                USING ERRCODE = 'check_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM unnest(answers) AS a WHERE a NOT BETWEEN 1 AND 7) THEN
            RAISE EXCEPTION 'submission %: an alliance answer is outside 1-7', NEW.id USING ERRCODE = 'check_violation';
        END IF;
        expected := rapport.hr_round((answers[1] + answers[2] + answers[3] + answers[4] + answers[5]) / 5.0, 1);
    ELSE
        RAISE EXCEPTION 'submission %: the instrument % is not known to this hub', NEW.id, NEW.instrument_id
            USING ERRCODE = 'check_violation';
    END IF;
    IF abs(NEW.score - expected) > 1e-9 THEN
        RAISE EXCEPTION 'submission %: the score % is not what the answers give (%)', NEW.id, NEW.score, expected
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.submitted_at > now_ms + 600000 THEN
        RAISE EXCEPTION 'submission %: the time is in the future', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.submitted_at < 946684800000 THEN
        RAISE EXCEPTION 'submission %: the time is before 2000', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER submissions_are_checked BEFORE INSERT OR UPDATE ON rapport.submissions
    FOR EACH ROW EXECUTE FUNCTION rapport.check_submission();

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.hr_report() TO rapport_hr;
