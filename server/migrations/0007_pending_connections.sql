-- Rapport hub, schema version 7: a connection an admin makes shares nothing until the client accepts it.
--
-- Until now an admin could create a professional login, connect it to any client and read that client's whole
-- shared history at once. Now a new connection starts `pending`: the professional reads nothing of the client (not
-- even the name) and cannot ask them to share, while the client sees who wants to connect and answers. Only the
-- client moves a connection to `accepted` or `declined` (and back, if they change their mind); every answer goes
-- into `connection_decisions`, the append-only log beside the sharing audit. Removing a connection (an admin's
-- DELETE) takes effect at the next query, as every policy reads the connections live.
--
-- Connections made before this version were made under the old rules and are in use: they stay accepted.

ALTER TABLE rapport.connections ADD COLUMN state text NOT NULL DEFAULT 'accepted'
    CHECK (state IN ('pending', 'accepted', 'declined'));
ALTER TABLE rapport.connections ADD COLUMN decided_at bigint;
ALTER TABLE rapport.connections ALTER COLUMN state SET DEFAULT 'pending';

CREATE TABLE rapport.connection_decisions (
    id               uuid PRIMARY KEY,
    connection_id    uuid NOT NULL,  -- no reference: the answer stays in the log after the connection ends
    client_id        uuid NOT NULL REFERENCES rapport.people (id) ON DELETE CASCADE,
    professional_id  uuid NOT NULL REFERENCES rapport.people (id) ON DELETE CASCADE,
    decision         text NOT NULL CHECK (decision IN ('accepted', 'declined')),
    decided_at       bigint NOT NULL,
    created_at       bigint NOT NULL,
    updated_at       bigint NOT NULL
);
CREATE INDEX connection_decisions_by_client ON rapport.connection_decisions (client_id, decided_at);
CREATE TRIGGER connection_decisions_are_append_only BEFORE UPDATE ON rapport.connection_decisions
    FOR EACH ROW EXECUTE FUNCTION rapport.refuse_audit_update();

-- Connected now means accepted: every policy that lets a professional read a client goes through these two.
CREATE OR REPLACE FUNCTION rapport.is_connected(client uuid, professional uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (rapport.caller_is_hub_owner() OR rapport.caller_person_id() IN (client, professional))
       AND EXISTS (SELECT 1 FROM rapport.connections c
                   WHERE c.client_id = client AND c.professional_id = professional AND c.state = 'accepted')
$$;

CREATE OR REPLACE FUNCTION rapport.shares_with(client uuid, professional uuid, shared_metric text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (rapport.caller_is_hub_owner() OR rapport.caller_person_id() IN (client, professional))
       AND EXISTS (SELECT 1 FROM rapport.connections c
                   WHERE c.client_id = client AND c.professional_id = professional AND c.state = 'accepted')
       AND EXISTS (SELECT 1 FROM rapport.sharing_settings s
                   WHERE s.client_id = client AND s.metric = shared_metric AND s.enabled)
$$;

-- role_of answered about anyone connected with the caller; a pending connection must not tell a professional
-- who the client is, so only accepted ones count for professionals. A client learns the role of everyone who
-- wants to connect with them (they must know whom they answer).
CREATE OR REPLACE FUNCTION rapport.role_of(person uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT p.role FROM rapport.people p
    WHERE p.id = person
      AND (rapport.caller_is_hub_owner() OR person = rapport.caller_person_id()
           OR EXISTS (SELECT 1 FROM rapport.connections c
                      WHERE (c.client_id = person AND c.professional_id = rapport.caller_person_id()
                             AND c.state = 'accepted')
                         OR (c.professional_id = person AND c.client_id = rapport.caller_person_id())))
$$;

-- The client sees the professionals of all their connections, pending and declined included: they answer them.
-- (A plain subquery: the client's own policy on connections already limits it to their rows.)
DROP POLICY client_reads_own_professionals ON rapport.people;
CREATE POLICY client_reads_own_professionals ON rapport.people FOR SELECT TO rapport_client
    USING (EXISTS (SELECT 1 FROM rapport.connections c
                   WHERE c.client_id = (SELECT rapport.current_person_id()) AND c.professional_id = people.id));

-- A professional sees only their accepted connections.
DROP POLICY professional_reads_own ON rapport.connections;
CREATE POLICY professional_reads_own ON rapport.connections FOR SELECT TO rapport_professional
    USING (professional_id = (SELECT rapport.current_person_id()) AND state = 'accepted');

-- An admin makes pending connections only, and never answers one.
DROP POLICY admin_inserts ON rapport.connections;
CREATE POLICY admin_inserts ON rapport.connections FOR INSERT TO rapport_admin
    WITH CHECK (state = 'pending' AND decided_at IS NULL);

-- The client answers their own connections; the answer is accepted or declined, with its time.
GRANT UPDATE (state, decided_at, updated_at) ON rapport.connections TO rapport_client;
CREATE POLICY client_answers_own ON rapport.connections FOR UPDATE TO rapport_client
    USING (client_id = (SELECT rapport.current_person_id()))
    WITH CHECK (client_id = (SELECT rapport.current_person_id()) AND state IN ('accepted', 'declined')
                AND decided_at IS NOT NULL);

GRANT SELECT, INSERT ON rapport.connection_decisions TO rapport_client;
ALTER TABLE rapport.connection_decisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.connection_decisions FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON rapport.connection_decisions USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
CREATE POLICY client_reads_own ON rapport.connection_decisions FOR SELECT TO rapport_client
    USING (client_id = (SELECT rapport.current_person_id()));
-- Only about one of the client's own connections, naming its professional.
CREATE POLICY client_appends_own ON rapport.connection_decisions FOR INSERT TO rapport_client
    WITH CHECK (client_id = (SELECT rapport.current_person_id())
                AND EXISTS (SELECT 1 FROM rapport.connections c
                            WHERE c.id = connection_id AND c.client_id = connection_decisions.client_id
                              AND c.professional_id = connection_decisions.professional_id));

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.person_id_of_login(text), rapport.current_person_id(), rapport.is_hub_owner(),
    rapport.is_connected(uuid, uuid), rapport.shares_with(uuid, uuid, text), rapport.role_of(uuid)
    TO rapport_client, rapport_professional, rapport_admin;
GRANT EXECUTE ON FUNCTION rapport.hr_report() TO rapport_hr;
