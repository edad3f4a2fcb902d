-- Rapport hub, schema version 12: every login can read its own person, HR logins included.
--
-- HR logins have no privilege on any table (their figures come from rapport.hr_report()), so joining an HR login
-- to a store failed at the first step: reading one's own row of rapport.people. rapport.whoami() returns exactly
-- that row for the caller, whatever the role, and nothing about anyone else.

CREATE FUNCTION rapport.whoami()
    RETURNS TABLE (id uuid, name text, role text, team text, created_at bigint, updated_at bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT p.id, p.name, p.role, p.team, p.created_at, p.updated_at
    FROM rapport.people p
    -- session_user: inside this SECURITY DEFINER function current_user is the owner.
    WHERE p.id = rapport.person_id_of_login(session_user::text)
$$;

REVOKE EXECUTE ON FUNCTION rapport.whoami() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.whoami() TO rapport_client, rapport_professional, rapport_hr, rapport_admin;
