-- Rapport hub, schema version 10: invitations. An admin (or the owner) invites one person: the person's login gets a
-- one-time secret as its password, valid until the invitation expires (PostgreSQL's own VALID UNTIL, so an expired
-- secret no longer logs in at all). The person logs in once with it and sets their own password (redeem_invitation),
-- which replaces the secret: the invitation works once and never holds a lasting password. The hub keeps no secret:
-- only the login role's SCRAM verifier, as for every password. A new invitation for the same person revokes the
-- open ones; revoking an unused invitation removes its secret from the login.

CREATE TABLE rapport.invitations (
    id          uuid PRIMARY KEY,
    person_id   uuid NOT NULL REFERENCES rapport.people (id) ON DELETE CASCADE,
    created_by  uuid REFERENCES rapport.people (id) ON DELETE SET NULL,  -- NULL: the owner, or a removed admin
    created_at  bigint NOT NULL,
    expires_at  bigint NOT NULL CHECK (expires_at > created_at),
    used_at     bigint,
    revoked_at  bigint
);
CREATE INDEX invitations_by_person ON rapport.invitations (person_id, created_at);

ALTER TABLE rapport.invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON rapport.invitations USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
-- Admins list every invitation (who, when, its state); nobody else reads them. Writes go through the functions.
CREATE POLICY admin_reads ON rapport.invitations FOR SELECT TO rapport_admin USING (true);
GRANT SELECT ON rapport.invitations TO rapport_admin;

CREATE FUNCTION rapport.create_invitation(person uuid, secret text, valid_days integer)
    RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    new_id uuid := gen_random_uuid();
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    expires timestamptz;
    invited_login text;
BEGIN
    SELECT p.login INTO invited_login FROM rapport.people p WHERE p.id = person;
    IF invited_login IS NULL THEN
        RAISE EXCEPTION 'there is no person %', person USING ERRCODE = 'no_data_found';
    END IF;
    IF invited_login = session_user::text THEN
        RAISE EXCEPTION 'you cannot invite your own login' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF valid_days IS NULL OR valid_days < 1 OR valid_days > 90 THEN
        RAISE EXCEPTION 'an invitation is valid for 1 to 90 days, not %', valid_days
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF secret IS NULL OR length(secret) < 24 THEN
        RAISE EXCEPTION 'the one-time secret is too short' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = invited_login) THEN
        RAISE EXCEPTION 'the person % has no login on this hub', person USING ERRCODE = 'no_data_found';
    END IF;
    UPDATE rapport.invitations SET revoked_at = now_ms
    WHERE person_id = person AND used_at IS NULL AND revoked_at IS NULL;
    expires := clock_timestamp() + make_interval(days => valid_days);
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', invited_login, secret, expires);
    INSERT INTO rapport.invitations (id, person_id, created_by, created_at, expires_at)
    VALUES (new_id, person, rapport.caller_person_id(), now_ms, (extract(epoch FROM expires) * 1000)::bigint);
    RETURN new_id;
END
$$;

-- Called by the invited person, logged in with the one-time secret: their own password replaces it, for good.
CREATE FUNCTION rapport.redeem_invitation(new_password text)
    RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    me uuid := rapport.caller_person_id();
    open_invitation uuid;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'this login is no person of the hub' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT i.id INTO open_invitation FROM rapport.invitations i
    WHERE i.person_id = me AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now_ms
    ORDER BY i.created_at DESC LIMIT 1
    FOR UPDATE;
    IF open_invitation IS NULL THEN
        RAISE EXCEPTION 'there is no open invitation for this login' USING ERRCODE = 'no_data_found';
    END IF;
    IF new_password IS NULL OR length(new_password) < 8 THEN
        RAISE EXCEPTION 'the new password needs at least 8 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', session_user::text, new_password, 'infinity');
    UPDATE rapport.invitations SET used_at = now_ms WHERE id = open_invitation;
    RETURN open_invitation;
END
$$;

CREATE FUNCTION rapport.revoke_invitation(invitation uuid)
    RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    invited_login text;
    still_open boolean;
BEGIN
    SELECT p.login, (i.used_at IS NULL AND i.revoked_at IS NULL) INTO invited_login, still_open
    FROM rapport.invitations i JOIN rapport.people p ON p.id = i.person_id
    WHERE i.id = invitation;
    IF invited_login IS NULL THEN
        RAISE EXCEPTION 'there is no invitation %', invitation USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT still_open THEN
        RETURN; -- used or revoked already: nothing to take back
    END IF;
    UPDATE rapport.invitations SET revoked_at = now_ms WHERE id = invitation;
    -- The secret stops working at once; the person needs a new invitation (an unused invitation's login has no
    -- password of the person's own).
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = invited_login) THEN
        EXECUTE format('ALTER ROLE %I PASSWORD NULL', invited_login);
    END IF;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.create_invitation(uuid, text, integer), rapport.revoke_invitation(uuid)
    TO rapport_admin;
GRANT EXECUTE ON FUNCTION rapport.redeem_invitation(text)
    TO rapport_client, rapport_professional, rapport_hr, rapport_admin;
