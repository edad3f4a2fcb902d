-- Rapport hub, schema version 4: the overlap rule (rule 9 of docs/hr-anonymity.md), nothing about the organisation
-- below k, and per-person summaries so rapport.hr_report() no longer reads every submission.
--
-- rapport.hr_overlap() is the hub's port of HrOverlapRule (core/analytics): the monthly means and the means over
-- everyone's latest score (the organisation, the teams) are sums an analyst may combine; no combination may touch
-- 1 to k-1 people, and the smallest month of one that could is withheld.
--
-- The summaries are those the local store keeps (schema v4 of core/store/Migrations.cpp):
-- hr_person_stats: per instrument and person the count, the least-squares sums of score over time in days from the
--   person's first submission (ref_at), the first and last time and the latest score (at equal times the higher);
-- hr_person_months / hr_months: per person and calendar month (UTC) the count and score sum, and per month the
--   number of people and the sum of their means;
-- hr_latest_by_professional: each client's latest survey about each professional.
-- Statement triggers on rapport.submissions keep them (INSERT, DELETE — also the cascade of removing a person — and
-- UPDATE): the people a statement touched are summarised again from their own submissions. Nobody but the owner (and
-- the SECURITY DEFINER functions) reads them: row-level security is forced with only the owner's policy, and no role
-- has a privilege on them.
--
-- hr_report() is replaced by the same function reading the summaries, with the participants grouped also by the
-- month of their latest answer, the months decided after the teams (rule 9), and below the organisation gate nothing
-- about the organisation (no teams, no first or last month).

-- HrOverlapRule::decide: the months to withhold. team_shown / team_latest: every team in display order and the
-- untagged last; team_latest is a JSON array of {"YYYY-MM": participants whose latest answer is in that month}.
CREATE FUNCTION rapport.hr_overlap(k integer, org_shown boolean, team_shown boolean[], team_latest jsonb,
                                   month_names text[], month_people bigint[], month_shown boolean[])
    RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n_teams integer := coalesce(array_length(team_shown, 1), 0);
    n_months integer := coalesce(array_length(month_names, 1), 0);
    shown boolean[] := month_shown;
    withheld text[] := ARRAY[]::text[];
    others bigint[];
    here bigint;
    linked integer[];
    n_linked integer;
    involved integer[];
    found integer[];
    pick integer;
    others_of_chosen bigint;
    hidden_total bigint;
    hidden_in bigint;
    team_total bigint;
    team_in bigint;
    starts bigint[];
    reach bigint[];
    next_reach bigint[];
    s bigint;
    option bigint;
BEGIN
    LOOP
        -- A month's others: who answered in it but has a later latest answer.
        others := ARRAY[]::bigint[];
        linked := ARRAY[]::integer[];
        FOR m IN 1 .. n_months LOOP
            here := 0;
            FOR t IN 0 .. n_teams - 1 LOOP
                here := here + coalesce((team_latest -> t ->> month_names[m])::bigint, 0);
            END LOOP;
            others := others || greatest(0, month_people[m] - here);
            IF shown[m] AND others[m] < k THEN
                linked := linked || m;
            END IF;
        END LOOP;
        n_linked := coalesce(array_length(linked, 1), 0);
        IF n_linked > 12 THEN
            SELECT l INTO pick FROM unnest(linked) AS l ORDER BY month_people[l], month_names[l] DESC LIMIT 1;
            shown[pick] := false;
            withheld := withheld || month_names[pick];
            CONTINUE;
        END IF;

        found := NULL;
        <<combinations>>
        FOR mask IN 0 .. (1 << n_linked) - 1 LOOP
            involved := ARRAY[]::integer[];
            others_of_chosen := 0;
            FOR bit IN 0 .. n_linked - 1 LOOP
                IF mask & (1 << bit) <> 0 THEN
                    involved := involved || linked[bit + 1];
                    others_of_chosen := others_of_chosen + others[linked[bit + 1]];
                END IF;
            END LOOP;
            -- The teams without a shown mean (and the untagged) act as one group.
            hidden_total := 0;
            hidden_in := 0;
            FOR t IN 1 .. n_teams LOOP
                IF NOT team_shown[t] THEN
                    SELECT coalesce(sum(v::bigint), 0) INTO team_total FROM jsonb_each_text(team_latest -> (t - 1)) AS e(key, v);
                    SELECT coalesce(sum((team_latest -> (t - 1) ->> month_names[m])::bigint), 0) INTO team_in
                    FROM unnest(involved) AS m;
                    hidden_total := hidden_total + team_total;
                    hidden_in := hidden_in + team_in;
                END IF;
            END LOOP;
            starts := ARRAY[hidden_in];
            IF org_shown THEN
                starts := starts || (hidden_total - hidden_in) || hidden_total;
            END IF;
            FOREACH s IN ARRAY starts LOOP
                reach := CASE WHEN s < k THEN ARRAY[s] ELSE ARRAY[]::bigint[] END;
                FOR t IN 1 .. n_teams LOOP
                    CONTINUE WHEN NOT team_shown[t];
                    SELECT coalesce(sum(v::bigint), 0) INTO team_total FROM jsonb_each_text(team_latest -> (t - 1)) AS e(key, v);
                    SELECT coalesce(sum((team_latest -> (t - 1) ->> month_names[m])::bigint), 0) INTO team_in
                    FROM unnest(involved) AS m;
                    SELECT coalesce(array_agg(DISTINCT r + o), ARRAY[]::bigint[]) INTO next_reach
                    FROM unnest(reach) AS r, unnest(ARRAY[team_in, team_total - team_in]) AS o
                    WHERE r + o < k;
                    reach := next_reach;
                END LOOP;
                FOREACH option IN ARRAY reach LOOP
                    IF option >= 1 OR others_of_chosen >= 1 THEN
                        found := involved;
                        EXIT combinations;
                    END IF;
                END LOOP;
            END LOOP;
        END LOOP;
        -- With no month involved the teams alone would disclose, which rule 3 already rules out.
        EXIT WHEN found IS NULL OR coalesce(array_length(found, 1), 0) = 0;
        SELECT f INTO pick FROM unnest(found) AS f ORDER BY month_people[f], month_names[f] DESC LIMIT 1;
        shown[pick] := false;
        withheld := withheld || month_names[pick];
    END LOOP;
    RETURN withheld;
END
$$;

CREATE TABLE rapport.hr_person_stats (
    instrument_id  text NOT NULL,
    person_id      uuid NOT NULL,
    n              bigint NOT NULL,
    ref_at         bigint NOT NULL,
    sum_x          double precision NOT NULL,
    sum_xx         double precision NOT NULL,
    sum_y          double precision NOT NULL,
    sum_xy         double precision NOT NULL,
    first_at       bigint NOT NULL,
    last_at        bigint NOT NULL,
    latest_score   double precision NOT NULL,
    PRIMARY KEY (instrument_id, person_id)
);
CREATE TABLE rapport.hr_person_months (
    instrument_id  text NOT NULL,
    person_id      uuid NOT NULL,
    month          text NOT NULL,
    n              bigint NOT NULL,
    sum_score      double precision NOT NULL,
    PRIMARY KEY (instrument_id, person_id, month)
);
CREATE TABLE rapport.hr_months (
    instrument_id  text NOT NULL,
    month          text NOT NULL,
    people         bigint NOT NULL,
    sum_of_means   double precision NOT NULL,
    PRIMARY KEY (instrument_id, month)
);
-- Row-level security enabled and forced, as on every table: only the owner's policy lets anything through.
ALTER TABLE rapport.hr_person_stats ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.hr_person_stats FORCE ROW LEVEL SECURITY;
ALTER TABLE rapport.hr_person_months ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.hr_person_months FORCE ROW LEVEL SECURITY;
ALTER TABLE rapport.hr_months ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.hr_months FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON rapport.hr_person_stats USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
CREATE POLICY owner_all ON rapport.hr_person_months USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
CREATE POLICY owner_all ON rapport.hr_months USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
REVOKE ALL ON rapport.hr_person_stats, rapport.hr_person_months, rapport.hr_months FROM PUBLIC;

-- The calendar month (UTC) of a stored time, as the months are written everywhere: YYYY-MM.
CREATE FUNCTION rapport.hr_month_of(at bigint) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
AS $$
    SELECT to_char(to_timestamp(at / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM')
$$;

-- Backfill from what is there.
INSERT INTO rapport.hr_person_stats
SELECT s.instrument_id, s.person_id, count(*), f.ref,
       sum((s.submitted_at - f.ref) / 86400000.0),
       sum(((s.submitted_at - f.ref) / 86400000.0) * ((s.submitted_at - f.ref) / 86400000.0)),
       sum(s.score),
       sum(((s.submitted_at - f.ref) / 86400000.0) * s.score),
       f.ref, max(s.submitted_at),
       (array_agg(s.score ORDER BY s.submitted_at DESC, s.score DESC))[1]
FROM rapport.submissions s
JOIN (SELECT instrument_id, person_id, min(submitted_at) AS ref FROM rapport.submissions
      GROUP BY instrument_id, person_id) AS f
    ON f.instrument_id = s.instrument_id AND f.person_id = s.person_id
GROUP BY s.instrument_id, s.person_id, f.ref;
INSERT INTO rapport.hr_person_months
SELECT instrument_id, person_id, rapport.hr_month_of(submitted_at), count(*), sum(score)
FROM rapport.submissions GROUP BY 1, 2, 3;
INSERT INTO rapport.hr_months
SELECT instrument_id, month, count(*), sum(sum_score / n) FROM rapport.hr_person_months GROUP BY 1, 2;

CREATE TABLE rapport.hr_latest_by_professional (
    person_id        uuid NOT NULL,
    professional_id  uuid NOT NULL,
    instrument_id    text NOT NULL,
    submitted_at     bigint NOT NULL,
    score            double precision NOT NULL,
    answers          text NOT NULL,
    PRIMARY KEY (person_id, professional_id, instrument_id)
);
ALTER TABLE rapport.hr_latest_by_professional ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.hr_latest_by_professional FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON rapport.hr_latest_by_professional USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));
REVOKE ALL ON rapport.hr_latest_by_professional FROM PUBLIC;

INSERT INTO rapport.hr_latest_by_professional
SELECT DISTINCT ON (s.person_id, s.professional_id, s.instrument_id)
       s.person_id, s.professional_id, s.instrument_id, s.submitted_at, s.score, s.answers
FROM rapport.submissions s
WHERE s.professional_id IS NOT NULL
ORDER BY s.person_id, s.professional_id, s.instrument_id, s.submitted_at DESC, s.created_at DESC;

-- Brings the summaries of the people in `touched` (instrument, person) up to date with rapport.submissions: their
-- rows are computed again from their submissions (one person's history: cheap for a sync, one pass for a bulk load)
-- and the months they answered in are adjusted by the difference. Set-based, once per statement (the triggers
-- below use transition tables), so loading an organisation costs one pass, not one call per row.
CREATE FUNCTION rapport.hr_summaries_refresh(touched jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF to_regclass('pg_temp.hr_touched') IS NULL THEN -- once a transaction (and no notice when it exists)
        CREATE TEMP TABLE hr_touched (instrument_id text, person_id uuid) ON COMMIT DROP;
    END IF;
    TRUNCATE hr_touched;
    INSERT INTO hr_touched
    SELECT DISTINCT t ->> 'i', (t ->> 'p')::uuid FROM jsonb_array_elements(touched) AS t;

    -- The months' totals without these people's old shares ...
    WITH old AS (
        SELECT pm.instrument_id, pm.month, count(*) AS people, sum(pm.sum_score / pm.n) AS means
        FROM rapport.hr_person_months pm JOIN hr_touched t USING (instrument_id, person_id)
        GROUP BY 1, 2)
    UPDATE rapport.hr_months hm SET people = hm.people - old.people, sum_of_means = hm.sum_of_means - old.means
    FROM old WHERE hm.instrument_id = old.instrument_id AND hm.month = old.month;

    DELETE FROM rapport.hr_person_stats st USING hr_touched t
    WHERE st.instrument_id = t.instrument_id AND st.person_id = t.person_id;
    DELETE FROM rapport.hr_person_months pm USING hr_touched t
    WHERE pm.instrument_id = t.instrument_id AND pm.person_id = t.person_id;

    INSERT INTO rapport.hr_person_stats
    SELECT s.instrument_id, s.person_id, count(*), f.ref,
           sum((s.submitted_at - f.ref) / 86400000.0),
           sum(((s.submitted_at - f.ref) / 86400000.0) * ((s.submitted_at - f.ref) / 86400000.0)),
           sum(s.score),
           sum(((s.submitted_at - f.ref) / 86400000.0) * s.score),
           f.ref, max(s.submitted_at),
           (array_agg(s.score ORDER BY s.submitted_at DESC, s.score DESC))[1]
    FROM rapport.submissions s
    JOIN hr_touched t ON t.instrument_id = s.instrument_id AND t.person_id = s.person_id
    JOIN (SELECT s2.instrument_id, s2.person_id, min(s2.submitted_at) AS ref
          FROM rapport.submissions s2 JOIN hr_touched t2 USING (instrument_id, person_id)
          GROUP BY 1, 2) AS f ON f.instrument_id = s.instrument_id AND f.person_id = s.person_id
    GROUP BY s.instrument_id, s.person_id, f.ref;
    INSERT INTO rapport.hr_person_months
    SELECT s.instrument_id, s.person_id, rapport.hr_month_of(s.submitted_at), count(*), sum(s.score)
    FROM rapport.submissions s JOIN hr_touched t USING (instrument_id, person_id)
    GROUP BY 1, 2, 3;

    -- ... and with their new ones.
    INSERT INTO rapport.hr_months
    SELECT DISTINCT pm.instrument_id, pm.month, 0, 0.0
    FROM rapport.hr_person_months pm JOIN hr_touched t USING (instrument_id, person_id)
    ON CONFLICT DO NOTHING;
    WITH fresh AS (
        SELECT pm.instrument_id, pm.month, count(*) AS people, sum(pm.sum_score / pm.n) AS means
        FROM rapport.hr_person_months pm JOIN hr_touched t USING (instrument_id, person_id)
        GROUP BY 1, 2)
    UPDATE rapport.hr_months hm SET people = hm.people + fresh.people, sum_of_means = hm.sum_of_means + fresh.means
    FROM fresh WHERE hm.instrument_id = fresh.instrument_id AND hm.month = fresh.month;
    DELETE FROM rapport.hr_months WHERE people <= 0;

    -- Each client's latest survey about each professional (by time, then the later stored).
    DELETE FROM rapport.hr_latest_by_professional lp USING hr_touched t
    WHERE lp.instrument_id = t.instrument_id AND lp.person_id = t.person_id;
    INSERT INTO rapport.hr_latest_by_professional
    SELECT DISTINCT ON (s.person_id, s.professional_id, s.instrument_id)
           s.person_id, s.professional_id, s.instrument_id, s.submitted_at, s.score, s.answers
    FROM rapport.submissions s JOIN hr_touched t USING (instrument_id, person_id)
    WHERE s.professional_id IS NOT NULL
    ORDER BY s.person_id, s.professional_id, s.instrument_id, s.submitted_at DESC, s.created_at DESC;
    TRUNCATE hr_touched;
END
$$;

-- After every statement on rapport.submissions: the people it touched, from its transition tables.
CREATE FUNCTION rapport.hr_summaries_follow() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    touched jsonb;
BEGIN
    -- Each transition table exists only for its own event, so each is read only in its branch.
    IF TG_OP = 'INSERT' THEN
        SELECT coalesce(jsonb_agg(DISTINCT jsonb_build_object('i', n.instrument_id, 'p', n.person_id)), '[]')
        INTO touched FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT coalesce(jsonb_agg(DISTINCT jsonb_build_object('i', o.instrument_id, 'p', o.person_id)), '[]')
        INTO touched FROM old_rows o;
    ELSE
        SELECT coalesce(jsonb_agg(DISTINCT jsonb_build_object('i', c.instrument_id, 'p', c.person_id)), '[]')
        INTO touched
        FROM (SELECT instrument_id, person_id FROM old_rows UNION SELECT instrument_id, person_id FROM new_rows) AS c;
    END IF;
    PERFORM rapport.hr_summaries_refresh(touched);
    RETURN NULL;
END
$$;
CREATE TRIGGER submissions_keep_hr_summaries_insert AFTER INSERT ON rapport.submissions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rapport.hr_summaries_follow();
CREATE TRIGGER submissions_keep_hr_summaries_delete AFTER DELETE ON rapport.submissions
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rapport.hr_summaries_follow();
CREATE TRIGGER submissions_keep_hr_summaries_update AFTER UPDATE ON rapport.submissions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rapport.hr_summaries_follow();

-- The HR report as HR may see it, as of now (the server clock). See the file comment.
CREATE OR REPLACE FUNCTION rapport.hr_report() RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    as_of bigint := (extract(epoch FROM statement_timestamp()) * 1000)::bigint;
    recent_since bigint := as_of - 90::bigint * 86400000;
    k integer := 5;
    setting text;
    setting_value double precision;
    -- raw sums
    employees bigint := 0;
    org_people bigint := 0;
    org_sum double precision := 0;
    recent bigint := 0;
    bracket_people bigint[] := ARRAY[0, 0, 0]::bigint[];
    unbracketed bigint := 0;
    improving bigint := 0;
    stable bigint := 0;
    declining bigint := 0;
    team_names text[];
    team_people bigint[] := ARRAY[]::bigint[];
    team_sums double precision[] := ARRAY[]::double precision[];
    untagged_people bigint := 0;
    untagged_sum double precision := 0;
    -- per team (in team_names order, the untagged last): participants by the month of their latest answer
    team_latest jsonb;
    team_index integer;
    team_shown boolean[] := ARRAY[]::boolean[];
    month_names text[] := ARRAY[]::text[];
    month_people bigint[] := ARRAY[]::bigint[];
    month_means double precision[] := ARRAY[]::double precision[];
    withheld text[];
    g record;
    -- results
    result jsonb;
    hidden boolean[];
    distribution jsonb := '[]'::jsonb;
    trend_people bigint;
    trends jsonb;
    months jsonb := '[]'::jsonb;
    first_month text;
    last_month text;
    teams jsonb := '[]'::jsonb;
    team_mean double precision;
    alliance jsonb := jsonb_build_object('n', NULL, 'mean', NULL, 'dimensions', NULL);
    al_connections bigint;
    al_clients bigint;
    al_sum double precision;
    al_mean double precision;
    scored bigint := 0;
    unscorable bigint := 0;
    dim_sums double precision[] := ARRAY[0, 0, 0]::double precision[];
    dim_means double precision[] := ARRAY[]::double precision[];
    dims_revealing boolean := false;
    rate double precision;
BEGIN
    -- k: HrAnalytics::minimumGroupSizeFrom (not a number or at most 5 gives 5; a fraction is rounded up).
    SELECT s.value INTO setting FROM rapport.hub_settings s WHERE s.key = 'hr.minimumGroupSize';
    IF setting IS NOT NULL AND btrim(setting) ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN
        setting_value := btrim(setting)::double precision;
        IF setting_value > 5 THEN
            k := least(ceil(setting_value), 2147483647)::integer;
        END IF;
    END IF;

    SELECT count(*) INTO employees FROM rapport.people p WHERE p.role = 'client';
    -- Every team recorded for an employee, in display order (case-insensitive, then exact).
    SELECT coalesce(array_agg(t.team ORDER BY lower(t.team) COLLATE "C", t.team COLLATE "C"), ARRAY[]::text[])
    INTO team_names
    FROM (SELECT DISTINCT p.team FROM rapport.people p
          WHERE p.role = 'client' AND coalesce(p.team, '') <> '') AS t;
    team_people := array_fill(0::bigint, ARRAY[coalesce(array_length(team_names, 1), 0)]);
    team_sums := array_fill(0::double precision, ARRAY[coalesce(array_length(team_names, 1), 0)]);
    SELECT jsonb_agg('{}'::jsonb) INTO team_latest FROM generate_series(0, coalesce(array_length(team_names, 1), 0));

    -- HrAggregatesRepository::participantGroups: per participant the latest score, the OLS change and the
    -- recency, grouped by team, bracket of the latest score and trend direction.
    FOR g IN
        SELECT coalesce(p.team, '') AS team,
               CASE WHEN x.latest >= 51 THEN 2 WHEN x.latest >= 29 THEN 1 WHEN x.latest >= 0 THEN 0 ELSE -1 END
                   AS bracket,
               CASE WHEN x.n < 2 THEN 0
                    WHEN x.change >= 10 - 1e-8 THEN 1
                    WHEN x.change <= -10 + 1e-8 THEN 3
                    ELSE 2 END AS direction,
               count(*) AS people, sum(x.latest) AS latest_sum,
               count(*) FILTER (WHERE x.last_at >= recent_since) AS recent,
               to_char(to_timestamp(x.last_at / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM') AS last_month
        FROM (
            SELECT t.person, t.n, t.last_at, t.latest,
                   CASE WHEN t.sxx > 0 AND t.span > 0 THEN t.sxy / t.sxx * t.span ELSE 0.0 END AS change
            FROM (
                SELECT st.person_id AS person, st.n, st.last_at, st.latest_score AS latest,
                       (st.last_at - st.first_at) / 86400000.0::double precision AS span,
                       st.sum_xx - st.sum_x * st.sum_x / st.n AS sxx,
                       st.sum_xy - st.sum_x * st.sum_y / st.n AS sxy
                FROM rapport.hr_person_stats st WHERE st.instrument_id = 'wellbeing-index'
            ) AS t
        ) AS x
        JOIN rapport.people p ON p.id = x.person AND p.role = 'client'
        GROUP BY 1, 2, 3, 7
    LOOP
        org_people := org_people + g.people;
        org_sum := org_sum + g.latest_sum;
        recent := recent + g.recent;
        IF g.bracket >= 0 THEN
            bracket_people[g.bracket + 1] := bracket_people[g.bracket + 1] + g.people;
        ELSE
            unbracketed := unbracketed + g.people;
        END IF;
        CASE g.direction
            WHEN 1 THEN improving := improving + g.people;
            WHEN 2 THEN stable := stable + g.people;
            WHEN 3 THEN declining := declining + g.people;
            ELSE NULL;
        END CASE;
        team_index := coalesce(array_length(team_names, 1), 0); -- the untagged, last
        IF g.team = '' THEN
            untagged_people := untagged_people + g.people;
            untagged_sum := untagged_sum + g.latest_sum;
        ELSE
            FOR i IN 1 .. coalesce(array_length(team_names, 1), 0) LOOP
                IF team_names[i] = g.team THEN
                    team_people[i] := team_people[i] + g.people;
                    team_sums[i] := team_sums[i] + g.latest_sum;
                    team_index := i - 1;
                END IF;
            END LOOP;
        END IF;
        team_latest := jsonb_set(team_latest, ARRAY[team_index::text, g.last_month],
                                 to_jsonb(coalesce((team_latest -> team_index ->> g.last_month)::bigint, 0) + g.people));
    END LOOP;

    -- The range of months is shape, not data: the first and last month with a submission.
    SELECT min(hm.month), max(hm.month) INTO first_month, last_month
    FROM rapport.hr_months hm WHERE hm.instrument_id = 'wellbeing-index' AND hm.people > 0;

    result := jsonb_build_object('k', k, 'asOf', as_of, 'suppressed', org_people < k);
    IF org_people < k THEN
        -- The organisation gate: nothing about the organisation at all, not even its teams or its first month.
        RETURN result || jsonb_build_object('teams', '[]'::jsonb, 'months', '[]'::jsonb);
    END IF;
    result := result || jsonb_build_object('firstMonth', first_month, 'lastMonth', last_month);

    rate := CASE WHEN employees > 0 THEN org_people::double precision / employees ELSE 0.0 END;
    result := result || jsonb_build_object(
        'employees', employees, 'participants', org_people, 'participationRate', rate,
        'lowParticipation', rate < 0.30,
        'recentParticipants', CASE WHEN recent >= k THEN recent END,
        'wellbeingMean', rapport.hr_shown_mean(org_people, org_sum, k, 0, 100, 0));

    hidden := rapport.hr_suppress(bracket_people, ARRAY[0, 0, 0]::double precision[], false, unbracketed, 0, k);
    FOR i IN 1 .. 3 LOOP
        distribution := distribution || jsonb_build_array(CASE WHEN NOT hidden[i] THEN bracket_people[i] END);
    END LOOP;

    trend_people := improving + stable + declining;
    trends := jsonb_build_object('n', NULL, 'improving', NULL, 'stable', NULL, 'declining', NULL);
    IF trend_people >= k THEN
        hidden := rapport.hr_suppress(ARRAY[improving, stable, declining], ARRAY[0, 0, 0]::double precision[],
                                      false, 0, 0, k);
        trends := jsonb_build_object('n', trend_people,
                                     'improving', CASE WHEN NOT hidden[1] THEN improving END,
                                     'stable', CASE WHEN NOT hidden[2] THEN stable END,
                                     'declining', CASE WHEN NOT hidden[3] THEN declining END);
    END IF;

    -- Months: each person's mean within the month counts once; their own size and mean first (rule 9 below).
    SELECT coalesce(array_agg(m.month ORDER BY m.month), ARRAY[]::text[]),
           coalesce(array_agg(m.people ORDER BY m.month), ARRAY[]::bigint[]),
           coalesce(array_agg(m.mean ORDER BY m.month), ARRAY[]::double precision[])
    INTO month_names, month_people, month_means
    FROM (
        SELECT hm.month, hm.people, rapport.hr_shown_mean(hm.people, hm.sum_of_means, k, 0, 100, 0) AS mean
        FROM rapport.hr_months hm WHERE hm.instrument_id = 'wellbeing-index' AND hm.people > 0
    ) AS m;

    hidden := rapport.hr_suppress(team_people, team_sums, true, untagged_people, untagged_sum, k);
    FOR i IN 1 .. coalesce(array_length(team_names, 1), 0) LOOP
        team_mean := CASE WHEN hidden[i] THEN NULL
                          ELSE rapport.hr_shown_mean(team_people[i], team_sums[i], k, 0, 100, 0) END;
        teams := teams || jsonb_build_array(jsonb_build_object(
            'team', team_names[i], 'n', CASE WHEN team_mean IS NOT NULL THEN team_people[i] END, 'mean', team_mean));
        team_shown := team_shown || (team_mean IS NOT NULL);
    END LOOP;
    team_shown := team_shown || false; -- the untagged are never shown on their own

    -- Rule 9, the overlap rule: no combination of a month with the organisation and the teams touches 1 to k-1.
    withheld := rapport.hr_overlap(k, rapport.hr_shown_mean(org_people, org_sum, k, 0, 100, 0) IS NOT NULL,
                                   team_shown, team_latest, month_names, month_people,
                                   (SELECT coalesce(array_agg(mm IS NOT NULL ORDER BY o), ARRAY[]::boolean[])
                                    FROM unnest(month_means) WITH ORDINALITY AS u(mm, o)));
    FOR i IN 1 .. coalesce(array_length(month_names, 1), 0) LOOP
        IF month_means[i] IS NOT NULL AND NOT month_names[i] = ANY (withheld) THEN
            months := months || jsonb_build_array(jsonb_build_object(
                'month', month_names[i], 'n', month_people[i], 'mean', month_means[i]));
        END IF;
    END LOOP;

    -- Alliance: the latest survey of every current connection of a client (HrAggregatesRepository::alliance).
    SELECT count(*), count(DISTINCT l.client), coalesce(sum(l.score), 0)
    INTO al_connections, al_clients, al_sum
    FROM (SELECT lp.person_id AS client, lp.score
          FROM rapport.hr_latest_by_professional lp
          JOIN rapport.connections c ON c.client_id = lp.person_id AND c.professional_id = lp.professional_id
          JOIN rapport.people p ON p.id = lp.person_id AND p.role = 'client'
          WHERE lp.instrument_id = 'professional-alliance') AS l;
    IF al_clients >= k AND al_connections > 0 THEN
        al_mean := rapport.hr_shown_mean(al_connections, al_sum, k, 1, 7, 1);
        alliance := jsonb_build_object('n', al_clients, 'mean', al_mean, 'dimensions', NULL);
        IF al_mean IS NOT NULL THEN
            -- Dimensions from the same surveys' answers, scored as scoreAnswers() does: bond = items 1-2,
            -- partnership = items 3-4, confidence = item 5, each the mean of its items rounded to 1 decimal.
            FOR g IN
                SELECT l.answers, count(*) AS connections
                FROM (SELECT lp.answers
                      FROM rapport.hr_latest_by_professional lp
                      JOIN rapport.connections c ON c.client_id = lp.person_id AND c.professional_id = lp.professional_id
                      JOIN rapport.people p ON p.id = lp.person_id AND p.role = 'client'
                      WHERE lp.instrument_id = 'professional-alliance') AS l
                GROUP BY l.answers
            LOOP
                IF g.answers ~ '^[0-9]{1,9}(,[0-9]{1,9}){4}$'
                   AND (SELECT bool_and(a::integer BETWEEN 1 AND 7) FROM unnest(string_to_array(g.answers, ',')) AS a)
                THEN
                    DECLARE
                        v integer[] := string_to_array(g.answers, ',')::integer[];
                    BEGIN
                        scored := scored + g.connections;
                        dim_sums[1] := dim_sums[1] + rapport.hr_round((v[1] + v[2]) / 2.0, 1) * g.connections;
                        dim_sums[2] := dim_sums[2] + rapport.hr_round((v[3] + v[4]) / 2.0, 1) * g.connections;
                        dim_sums[3] := dim_sums[3] + rapport.hr_round(v[5]::double precision, 1) * g.connections;
                    END;
                ELSE
                    unscorable := unscorable + g.connections;
                END IF;
            END LOOP;
            IF scored > 0 AND al_clients - unscorable >= k THEN
                FOR i IN 1 .. 3 LOOP
                    IF rapport.hr_reveals(dim_sums[i] / scored, 1, 7, 1) THEN
                        dims_revealing := true;
                    END IF;
                    dim_means := dim_means || rapport.hr_round(dim_sums[i] / scored, 2);
                END LOOP;
                IF NOT dims_revealing THEN
                    alliance := alliance || jsonb_build_object('dimensions', jsonb_build_object(
                        'bond', dim_means[1], 'partnership', dim_means[2], 'confidence', dim_means[3]));
                END IF;
            END IF;
        END IF;
    END IF;

    RETURN result || jsonb_build_object('distribution', distribution, 'trends', trends, 'months', months,
                                        'teams', teams, 'alliance', alliance);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.hr_report() TO rapport_hr;
