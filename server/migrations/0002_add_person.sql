-- Rapport hub, schema version 2: adding a person creates their login role, so that an admin login (not only the
-- database owner) can do it. The function runs as the owner, who needs CREATEROLE (see docs/hub.md).

CREATE FUNCTION rapport.add_person(person_role text, person_name text, person_login text, person_team text,
                                   new_password text)
    RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    new_id uuid := gen_random_uuid();
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    group_role text;
BEGIN
    IF person_role IS NULL OR person_role NOT IN ('client', 'professional', 'hr', 'admin') THEN
        RAISE EXCEPTION 'unknown role "%": expected client, professional, hr or admin', person_role
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF person_name IS NULL OR length(btrim(person_name)) = 0 THEN
        RAISE EXCEPTION 'a person needs a name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Logins are plain lower-case names (they become role names), never one of our group roles.
    IF person_login IS NULL OR person_login !~ '^[a-z_][a-z0-9_.@-]{0,62}$' OR person_login LIKE 'rapport\_%'
       OR person_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'invalid login "%": use lower-case letters, digits and _ . @ - (at most 63), not starting with rapport_ or pg_', person_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF new_password IS NULL OR length(new_password) < 8 THEN
        RAISE EXCEPTION 'the new login needs a password of at least 8 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = person_login) THEN
        RAISE EXCEPTION 'the login "%" already exists', person_login USING ERRCODE = 'duplicate_object';
    END IF;
    group_role := 'rapport_' || person_role;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', person_login, new_password, group_role);
    INSERT INTO rapport.people (id, login, name, role, team, created_at, updated_at)
    VALUES (new_id, person_login, btrim(person_name), person_role, NULLIF(btrim(person_team), ''), now_ms, now_ms);
    RETURN new_id;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.add_person(text, text, text, text, text) TO rapport_admin;
