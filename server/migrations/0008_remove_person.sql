-- Rapport hub, schema version 8: offboarding. An admin (or the owner) removes a person: their row goes, and with it,
-- by the foreign keys' cascades, everything of theirs on the hub — submissions, connections, sharing switches and
-- audit log, requests, answers to connections — and the HR summaries follow through the submission triggers. Then
-- their login role is dropped, so the login no longer works. Nothing is kept in anonymised form: the person's data
-- is deleted (docs/hub.md). A session the login still has open maps to no person any more and so sees nothing.

CREATE FUNCTION rapport.remove_person(person uuid)
    RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    removed_login text;
BEGIN
    SELECT p.login INTO removed_login FROM rapport.people p WHERE p.id = person;
    IF removed_login IS NULL THEN
        RAISE EXCEPTION 'there is no person %', person USING ERRCODE = 'no_data_found';
    END IF;
    -- An admin cannot remove their own login while using it (another admin or the owner can).
    IF removed_login = session_user::text THEN
        RAISE EXCEPTION 'you cannot remove your own login' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM rapport.people WHERE id = person;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = removed_login) THEN
        EXECUTE format('DROP ROLE %I', removed_login);
    END IF;
    RETURN removed_login;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.remove_person(uuid) TO rapport_admin;
