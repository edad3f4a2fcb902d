-- Rapport hub, schema version 5: the SECURITY DEFINER helpers answer only about the caller.
--
-- is_connected, shares_with and role_of read past the row-level policies (as the owner) so the policies can use
-- them. Until now anyone allowed to call them (clients, professionals, admins) could ask about any pair of people
-- and learn who sees whom and who shares what. Now they answer only about pairs that include the caller (and
-- role_of only about the caller and the people connected with them); for anything else they say no (NULL for
-- role_of). The policies always pass the caller's own id, so they are unchanged. The owner still gets every answer.
--
-- Inside a SECURITY DEFINER function current_user is the owner, so the caller is the session's login.

-- The person whose login this session is (NULL for the owner and for roles that are no person).
CREATE FUNCTION rapport.caller_person_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT p.id FROM rapport.people p WHERE p.login = session_user::text
$$;

-- Whether the session's login owns the hub (the migrations, the owner's own functions).
CREATE FUNCTION rapport.caller_is_hub_owner() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_catalog.pg_has_role(session_user, n.nspowner, 'USAGE')
    FROM pg_catalog.pg_namespace n WHERE n.nspname = 'rapport'
$$;

CREATE OR REPLACE FUNCTION rapport.is_connected(client uuid, professional uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (rapport.caller_is_hub_owner() OR rapport.caller_person_id() IN (client, professional))
       AND EXISTS (SELECT 1 FROM rapport.connections c
                   WHERE c.client_id = client AND c.professional_id = professional)
$$;

CREATE OR REPLACE FUNCTION rapport.shares_with(client uuid, professional uuid, shared_metric text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (rapport.caller_is_hub_owner() OR rapport.caller_person_id() IN (client, professional))
       AND EXISTS (SELECT 1 FROM rapport.connections c
                   WHERE c.client_id = client AND c.professional_id = professional)
       AND EXISTS (SELECT 1 FROM rapport.sharing_settings s
                   WHERE s.client_id = client AND s.metric = shared_metric AND s.enabled)
$$;

CREATE OR REPLACE FUNCTION rapport.role_of(person uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT p.role FROM rapport.people p
    WHERE p.id = person
      AND (rapport.caller_is_hub_owner() OR person = rapport.caller_person_id()
           OR EXISTS (SELECT 1 FROM rapport.connections c
                      WHERE (c.client_id = person AND c.professional_id = rapport.caller_person_id())
                         OR (c.professional_id = person AND c.client_id = rapport.caller_person_id())))
$$;

-- The connection check reads the roles itself: an admin who connects two people is not connected with either.
CREATE OR REPLACE FUNCTION rapport.check_connection() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF (SELECT p.role FROM rapport.people p WHERE p.id = NEW.client_id) IS DISTINCT FROM 'client' THEN
        RAISE EXCEPTION 'person % is not a client', NEW.client_id USING ERRCODE = 'check_violation';
    END IF;
    IF (SELECT p.role FROM rapport.people p WHERE p.id = NEW.professional_id) IS DISTINCT FROM 'professional' THEN
        RAISE EXCEPTION 'person % is not a professional', NEW.professional_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.hr_report() TO rapport_hr;
