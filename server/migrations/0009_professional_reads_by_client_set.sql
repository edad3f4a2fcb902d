-- Rapport hub, schema version 9: a professional's read of submissions asks once which clients share with them,
-- instead of once for every submission on the hub. The policies of schema 1 called shares_with(person_id, …) for each
-- row the professional's query scanned, that is every wellbeing check-in of every employee, so a professional's first
-- pull grew with the whole organisation (1.5 s at 1,000 employees in rapport-bench, linear beyond). Now the set of
-- clients is computed once per statement (an InitPlan) and the submissions are found through submissions_by_person.
-- What a professional may read is unchanged: a client with an accepted connection to them who shares the metric,
-- and for the alliance survey only the surveys about this professional.

CREATE FUNCTION rapport.clients_sharing_with_caller(shared_metric text) RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(array_agg(c.client_id), '{}'::uuid[])
    FROM rapport.connections c
    JOIN rapport.sharing_settings s ON s.client_id = c.client_id AND s.metric = shared_metric AND s.enabled
    WHERE c.professional_id = rapport.caller_person_id() AND c.state = 'accepted'
$$;

DROP POLICY professional_reads_shared_alliance ON rapport.submissions;
CREATE POLICY professional_reads_shared_alliance ON rapport.submissions FOR SELECT TO rapport_professional
    USING (instrument_id = 'professional-alliance'
           AND professional_id = (SELECT rapport.current_person_id())
           AND person_id = ANY ((SELECT rapport.clients_sharing_with_caller('alliance'))::uuid[]));

DROP POLICY professional_reads_shared_wellbeing ON rapport.submissions;
CREATE POLICY professional_reads_shared_wellbeing ON rapport.submissions FOR SELECT TO rapport_professional
    USING (instrument_id = 'wellbeing-index'
           AND person_id = ANY ((SELECT rapport.clients_sharing_with_caller('wellbeing'))::uuid[]));

REVOKE EXECUTE ON FUNCTION rapport.clients_sharing_with_caller(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.clients_sharing_with_caller(text) TO rapport_professional;
