-- Rapport hub, schema version 15: no back-dated submissions.
--
-- A client's login may insert its own submissions, and schema 6 checks their answers, score and that they are not in
-- the future. Nothing stopped a client from dating a row before it was on the hub at all, and so writing answers
-- into months the organisation's figures were made of before it joined. The rule:
--
-- * A submission written by a login (anyone but the hub's owner) is not dated before its person was created on the
--   hub (rapport.people.created_at, the hub's own clock: rapport.add_person sets it). A store that already holds a
--   history is refused when it joins (HubSync::join), so anything a joined client writes before its creation on the
--   hub is back-dating, not history.
-- * An alliance survey is not dated before the connection with its professional was made (the earliest connection of
--   the pair; rapport.connections.created_at, which is now always the hub's clock when a login makes one).
-- * Ten minutes of tolerance, as for "not in the future" (schema 6): the client's clock dates the row and the hub's
--   clock dated the person, and a laptop's clock may be a few minutes behind the server's. Someone who answers
--   right after joining must not be refused for that; ten minutes reach into no month the figures could notice
--   except across a month's end, where the month is published only after it closed (rule 10).
-- * The hub's owner is not checked: it loads an existing organisation's history (HubBulkLoader) and repairs data.
--
-- The check runs with the caller's rights (not SECURITY DEFINER), so it reads only what the policies let that login
-- read: its own person and its own connections; a row about anyone else is refused by the policies anyway.
-- tests/core/hub/TestHubPolicies.cpp, submissionsAreNotBackDated, proves it through a client's login.

CREATE FUNCTION rapport.check_submission_dates() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tolerance_ms constant bigint := 600000;
    person_since bigint;
    connected_since bigint;
BEGIN
    IF rapport.is_hub_owner() THEN
        RETURN NEW;
    END IF;
    SELECT p.created_at INTO person_since FROM rapport.people p WHERE p.id = NEW.person_id;
    IF person_since IS NULL THEN
        RETURN NEW; -- not the caller's own person: the policies refuse the row (42501), as before
    END IF;
    IF NEW.submitted_at < person_since - tolerance_ms THEN
        RAISE EXCEPTION 'submission %: dated before the person was on the hub', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.professional_id IS NOT NULL THEN
        SELECT min(c.created_at) INTO connected_since FROM rapport.connections c
        WHERE c.client_id = NEW.person_id AND c.professional_id = NEW.professional_id;
        IF connected_since IS NULL OR NEW.submitted_at < connected_since - tolerance_ms THEN
            RAISE EXCEPTION 'submission %: dated before the connection with the professional was made', NEW.id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER submissions_are_not_back_dated BEFORE INSERT OR UPDATE ON rapport.submissions
    FOR EACH ROW EXECUTE FUNCTION rapport.check_submission_dates();

-- A connection made by a login is dated by the hub's clock, whatever the row says: the rule above reads it.
CREATE FUNCTION rapport.date_connection() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT rapport.is_hub_owner() THEN
        NEW.created_at := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER connections_are_dated_by_the_hub BEFORE INSERT ON rapport.connections
    FOR EACH ROW EXECUTE FUNCTION rapport.date_connection();

REVOKE EXECUTE ON FUNCTION rapport.check_submission_dates(), rapport.date_connection() FROM PUBLIC;
