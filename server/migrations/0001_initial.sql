-- Rapport hub, schema version 1: the shared, policy-enforcing copy of the local stores of one organisation.
--
-- Applied by `rapport-cli hub init` as the database owner, inside one transaction. Forward-only: never edit this
-- file once released; later changes go in 0002_*.sql and up. See docs/hub.md.
--
-- Roles (cluster-wide, NOLOGIN groups; each person is a LOGIN role in exactly one of them):
--   rapport_client        employees: write their own submissions, sharing choices, audit log, request answers
--   rapport_professional  read what their connected clients share; ask clients to share
--   rapport_hr            no table at all; only the anonymised aggregate functions (later migrations)
--   rapport_admin         manage people and connections; read no scores
-- The database owner (who runs hub init) owns every object; with FORCE ROW LEVEL SECURITY it is subject to the
-- policies too and gets through only by the explicit owner policies below.
--
-- Ids are UUIDs; times are UTC milliseconds since the epoch (bigint), exactly as in the local store, so a row
-- travels between a store and the hub unchanged.

-- Group roles are cluster-wide, so several hub databases in one cluster share them: create only when missing.
DO $roles$
DECLARE
    group_role text;
BEGIN
    FOREACH group_role IN ARRAY ARRAY['rapport_client', 'rapport_professional', 'rapport_hr', 'rapport_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = group_role) THEN
            EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', group_role);
        END IF;
    END LOOP;
END
$roles$;

CREATE SCHEMA rapport;
REVOKE ALL ON SCHEMA rapport FROM PUBLIC;
GRANT USAGE ON SCHEMA rapport TO rapport_client, rapport_professional, rapport_hr, rapport_admin;


CREATE TABLE rapport.hub_schema_version (
    version     integer PRIMARY KEY,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

-- Organisation-wide settings (e.g. hr.minimumGroupSize); read only by the owner's functions.
CREATE TABLE rapport.hub_settings (
    key         text PRIMARY KEY,
    value       text NOT NULL,
    created_at  bigint NOT NULL,
    updated_at  bigint NOT NULL
);

CREATE TABLE rapport.people (
    id          uuid PRIMARY KEY,
    login       text NOT NULL UNIQUE,  -- the PostgreSQL login role of this person
    name        text NOT NULL CHECK (length(btrim(name)) > 0),
    role        text NOT NULL CHECK (role IN ('client', 'professional', 'hr', 'admin')),
    team        text,
    created_at  bigint NOT NULL,
    updated_at  bigint NOT NULL
);
CREATE INDEX people_by_role ON rapport.people (role, name);

CREATE TABLE rapport.connections (
    id               uuid PRIMARY KEY,
    client_id        uuid NOT NULL REFERENCES rapport.people (id) ON DELETE CASCADE,
    professional_id  uuid NOT NULL REFERENCES rapport.people (id) ON DELETE CASCADE,
    created_at       bigint NOT NULL,
    updated_at       bigint NOT NULL,
    UNIQUE (client_id, professional_id)
);
CREATE INDEX connections_by_professional ON rapport.connections (professional_id);

CREATE TABLE rapport.submissions (
    id                  uuid PRIMARY KEY,
    person_id           uuid NOT NULL REFERENCES rapport.people (id) ON DELETE CASCADE,
    instrument_id       text NOT NULL,
    instrument_version  integer NOT NULL,
    answers             text NOT NULL,
    score               double precision NOT NULL,
    professional_id     uuid REFERENCES rapport.people (id) ON DELETE CASCADE,
    submitted_at        bigint NOT NULL,
    created_at          bigint NOT NULL,
    updated_at          bigint NOT NULL
);
CREATE INDEX submissions_by_person ON rapport.submissions (person_id, instrument_id, submitted_at);
CREATE INDEX submissions_for_aggregates ON rapport.submissions (instrument_id, person_id, submitted_at, score);

CREATE TABLE rapport.sharing_settings (
    client_id   uuid NOT NULL REFERENCES rapport.people (id) ON DELETE CASCADE,
    metric      text NOT NULL CHECK (metric IN ('alliance', 'wellbeing')),
    enabled     boolean NOT NULL DEFAULT false,
    created_at  bigint NOT NULL,
    updated_at  bigint NOT NULL,
    PRIMARY KEY (client_id, metric)
);

CREATE TABLE rapport.sharing_audit (
    id          uuid PRIMARY KEY,
    client_id   uuid NOT NULL REFERENCES rapport.people (id) ON DELETE CASCADE,
    metric      text NOT NULL CHECK (metric IN ('alliance', 'wellbeing')),
    old_value   boolean NOT NULL,
    new_value   boolean NOT NULL,
    changed_by  text NOT NULL,
    changed_at  bigint NOT NULL,
    created_at  bigint NOT NULL,
    updated_at  bigint NOT NULL
);
CREATE INDEX sharing_audit_by_client ON rapport.sharing_audit (client_id, changed_at);

CREATE TABLE rapport.share_requests (
    id               uuid PRIMARY KEY,
    professional_id  uuid NOT NULL REFERENCES rapport.people (id) ON DELETE CASCADE,
    client_id        uuid NOT NULL REFERENCES rapport.people (id) ON DELETE CASCADE,
    metric           text NOT NULL CHECK (metric IN ('alliance', 'wellbeing')),
    status           text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined')),
    requested_at     bigint NOT NULL,
    answered_at      bigint,
    created_at       bigint NOT NULL,
    updated_at       bigint NOT NULL
);
CREATE INDEX share_requests_by_client ON rapport.share_requests (client_id, status);
CREATE INDEX share_requests_by_professional ON rapport.share_requests (professional_id);
CREATE UNIQUE INDEX share_requests_one_pending ON rapport.share_requests (professional_id, client_id, metric)
    WHERE status = 'pending';

-- ---------------------------------------------------------------------------------------------------------------
-- Helpers the policies use. SECURITY DEFINER ones read past the policies (as the owner) and return only a yes/no
-- or the caller's own id; every one pins search_path so a caller cannot substitute objects.

-- The person whose login role is the current role (NULL for the owner and for roles that are no person).
CREATE FUNCTION rapport.person_id_of_login(login_name text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    -- Only for oneself: the caller must be (a member of) that login role.
    SELECT p.id FROM rapport.people p
    WHERE p.login = login_name AND pg_catalog.pg_has_role(session_user, login_name, 'USAGE')
$$;

-- current_user is evaluated here, in the caller's context (this function is not SECURITY DEFINER).
CREATE FUNCTION rapport.current_person_id() RETURNS uuid
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
AS $$
    SELECT rapport.person_id_of_login(current_user::text)
$$;

-- True for the database owner (and superusers): the migrations and the owner's functions see every row.
CREATE FUNCTION rapport.is_hub_owner() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_catalog.pg_has_role(current_user, n.nspowner, 'USAGE')
    FROM pg_catalog.pg_namespace n WHERE n.nspname = 'rapport'
$$;

CREATE FUNCTION rapport.is_connected(client uuid, professional uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM rapport.connections c
                   WHERE c.client_id = client AND c.professional_id = professional)
$$;

-- Whether `client` currently shares `metric` with `professional`: connected, and the client's switch is on.
CREATE FUNCTION rapport.shares_with(client uuid, professional uuid, shared_metric text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM rapport.connections c
                   WHERE c.client_id = client AND c.professional_id = professional)
       AND EXISTS (SELECT 1 FROM rapport.sharing_settings s
                   WHERE s.client_id = client AND s.metric = shared_metric AND s.enabled)
$$;

CREATE FUNCTION rapport.role_of(person uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT p.role FROM rapport.people p WHERE p.id = person
$$;

-- Functions are executable by PUBLIC unless revoked (a per-schema default cannot revoke that): every migration
-- revokes it from every function of the schema, then grants what each group needs.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.person_id_of_login(text), rapport.current_person_id(), rapport.is_hub_owner(),
    rapport.is_connected(uuid, uuid), rapport.shares_with(uuid, uuid, text), rapport.role_of(uuid)
    TO rapport_client, rapport_professional, rapport_admin;

-- A connection joins a client with a professional, whoever inserts it.
CREATE FUNCTION rapport.check_connection() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF rapport.role_of(NEW.client_id) IS DISTINCT FROM 'client' THEN
        RAISE EXCEPTION 'person % is not a client', NEW.client_id USING ERRCODE = 'check_violation';
    END IF;
    IF rapport.role_of(NEW.professional_id) IS DISTINCT FROM 'professional' THEN
        RAISE EXCEPTION 'person % is not a professional', NEW.professional_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER connections_join_client_and_professional BEFORE INSERT OR UPDATE ON rapport.connections
    FOR EACH ROW EXECUTE FUNCTION rapport.check_connection();

-- The audit log is append-only, for everyone (entries go only with the person, by cascade).
CREATE FUNCTION rapport.refuse_audit_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'the sharing audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER sharing_audit_is_append_only BEFORE UPDATE ON rapport.sharing_audit
    FOR EACH ROW EXECUTE FUNCTION rapport.refuse_audit_update();

-- ---------------------------------------------------------------------------------------------------------------
-- Privileges: what each group may attempt at all. Row-level security below then decides which rows.

REVOKE ALL ON ALL TABLES IN SCHEMA rapport FROM PUBLIC;

GRANT SELECT ON rapport.people, rapport.connections, rapport.submissions, rapport.sharing_settings,
    rapport.sharing_audit, rapport.share_requests TO rapport_client;
GRANT INSERT ON rapport.submissions, rapport.sharing_settings, rapport.sharing_audit TO rapport_client;
GRANT UPDATE (enabled, updated_at) ON rapport.sharing_settings TO rapport_client;
GRANT UPDATE (status, answered_at, updated_at) ON rapport.share_requests TO rapport_client;

GRANT SELECT ON rapport.people, rapport.connections, rapport.submissions, rapport.sharing_settings,
    rapport.share_requests TO rapport_professional;
GRANT INSERT ON rapport.share_requests TO rapport_professional;

GRANT SELECT ON rapport.people, rapport.connections TO rapport_admin;
GRANT UPDATE (name, team, updated_at) ON rapport.people TO rapport_admin;
GRANT INSERT, DELETE ON rapport.connections TO rapport_admin;

-- The schema version is no one's data: every group may check it (sync refuses a hub newer than the app).
GRANT SELECT ON rapport.hub_schema_version TO rapport_client, rapport_professional, rapport_hr, rapport_admin;

-- rapport_hr: no privilege on any table (its figures come from SECURITY DEFINER aggregate functions).

-- ---------------------------------------------------------------------------------------------------------------
-- Row-level security: enabled and forced on every table, so even the owner goes through a policy.

ALTER TABLE rapport.hub_schema_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.hub_schema_version FORCE ROW LEVEL SECURITY;
ALTER TABLE rapport.hub_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.hub_settings FORCE ROW LEVEL SECURITY;
ALTER TABLE rapport.people ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.people FORCE ROW LEVEL SECURITY;
ALTER TABLE rapport.connections ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.connections FORCE ROW LEVEL SECURITY;
ALTER TABLE rapport.submissions ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.submissions FORCE ROW LEVEL SECURITY;
ALTER TABLE rapport.sharing_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.sharing_settings FORCE ROW LEVEL SECURITY;
ALTER TABLE rapport.sharing_audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.sharing_audit FORCE ROW LEVEL SECURITY;
ALTER TABLE rapport.share_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.share_requests FORCE ROW LEVEL SECURITY;

-- The owner: everything (migrations, people management functions, HR aggregates).
CREATE POLICY owner_all ON rapport.hub_schema_version USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
CREATE POLICY owner_all ON rapport.hub_settings USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
CREATE POLICY owner_all ON rapport.people USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
CREATE POLICY owner_all ON rapport.connections USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
CREATE POLICY owner_all ON rapport.submissions USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
CREATE POLICY owner_all ON rapport.sharing_settings USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
CREATE POLICY owner_all ON rapport.sharing_audit USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
CREATE POLICY owner_all ON rapport.share_requests USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));

CREATE POLICY anyone_reads ON rapport.hub_schema_version FOR SELECT USING (true);

-- people --------------------------------------------------------------------------------------------------------
CREATE POLICY self_read ON rapport.people FOR SELECT
    TO rapport_client, rapport_professional, rapport_admin
    USING (id = (SELECT rapport.current_person_id()));
CREATE POLICY client_reads_own_professionals ON rapport.people FOR SELECT TO rapport_client
    USING (rapport.is_connected((SELECT rapport.current_person_id()), id));
CREATE POLICY professional_reads_own_clients ON rapport.people FOR SELECT TO rapport_professional
    USING (rapport.is_connected(id, (SELECT rapport.current_person_id())));
CREATE POLICY admin_reads_people ON rapport.people FOR SELECT TO rapport_admin USING (true);
CREATE POLICY admin_updates_people ON rapport.people FOR UPDATE TO rapport_admin USING (true) WITH CHECK (true);

-- connections ---------------------------------------------------------------------------------------------------
CREATE POLICY client_reads_own ON rapport.connections FOR SELECT TO rapport_client
    USING (client_id = (SELECT rapport.current_person_id()));
CREATE POLICY professional_reads_own ON rapport.connections FOR SELECT TO rapport_professional
    USING (professional_id = (SELECT rapport.current_person_id()));
CREATE POLICY admin_reads ON rapport.connections FOR SELECT TO rapport_admin USING (true);
CREATE POLICY admin_inserts ON rapport.connections FOR INSERT TO rapport_admin WITH CHECK (true);
CREATE POLICY admin_deletes ON rapport.connections FOR DELETE TO rapport_admin USING (true);

-- submissions ---------------------------------------------------------------------------------------------------
CREATE POLICY client_reads_own ON rapport.submissions FOR SELECT TO rapport_client
    USING (person_id = (SELECT rapport.current_person_id()));
CREATE POLICY client_inserts_own ON rapport.submissions FOR INSERT TO rapport_client
    WITH CHECK (person_id = (SELECT rapport.current_person_id()));
-- Alliance surveys about this professional, while the client is connected and shares the alliance.
CREATE POLICY professional_reads_shared_alliance ON rapport.submissions FOR SELECT TO rapport_professional
    USING (instrument_id = 'professional-alliance'
           AND professional_id = (SELECT rapport.current_person_id())
           AND rapport.shares_with(person_id, (SELECT rapport.current_person_id()), 'alliance'));
-- Wellbeing Index, while the client is connected to this professional and shares wellbeing.
CREATE POLICY professional_reads_shared_wellbeing ON rapport.submissions FOR SELECT TO rapport_professional
    USING (instrument_id = 'wellbeing-index'
           AND rapport.shares_with(person_id, (SELECT rapport.current_person_id()), 'wellbeing'));

-- sharing_settings ----------------------------------------------------------------------------------------------
CREATE POLICY client_reads_own ON rapport.sharing_settings FOR SELECT TO rapport_client
    USING (client_id = (SELECT rapport.current_person_id()));
CREATE POLICY client_inserts_own ON rapport.sharing_settings FOR INSERT TO rapport_client
    WITH CHECK (client_id = (SELECT rapport.current_person_id()));
CREATE POLICY client_updates_own ON rapport.sharing_settings FOR UPDATE TO rapport_client
    USING (client_id = (SELECT rapport.current_person_id()))
    WITH CHECK (client_id = (SELECT rapport.current_person_id()));
CREATE POLICY professional_reads_own_clients ON rapport.sharing_settings FOR SELECT TO rapport_professional
    USING (rapport.is_connected(client_id, (SELECT rapport.current_person_id())));

-- sharing_audit -------------------------------------------------------------------------------------------------
CREATE POLICY client_reads_own ON rapport.sharing_audit FOR SELECT TO rapport_client
    USING (client_id = (SELECT rapport.current_person_id()));
CREATE POLICY client_appends_own ON rapport.sharing_audit FOR INSERT TO rapport_client
    WITH CHECK (client_id = (SELECT rapport.current_person_id()));

-- share_requests ------------------------------------------------------------------------------------------------
CREATE POLICY client_reads_addressed ON rapport.share_requests FOR SELECT TO rapport_client
    USING (client_id = (SELECT rapport.current_person_id()));
-- A client answers a request addressed to it; the answer is accepted or declined.
CREATE POLICY client_answers_addressed ON rapport.share_requests FOR UPDATE TO rapport_client
    USING (client_id = (SELECT rapport.current_person_id()))
    WITH CHECK (client_id = (SELECT rapport.current_person_id()) AND status IN ('accepted', 'declined'));
CREATE POLICY professional_reads_own ON rapport.share_requests FOR SELECT TO rapport_professional
    USING (professional_id = (SELECT rapport.current_person_id()));
-- A professional asks only its own clients, and only a new (pending) request.
CREATE POLICY professional_asks_own_clients ON rapport.share_requests FOR INSERT TO rapport_professional
    WITH CHECK (professional_id = (SELECT rapport.current_person_id())
                AND status = 'pending'
                AND rapport.is_connected(client_id, (SELECT rapport.current_person_id())));

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
