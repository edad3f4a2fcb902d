-- Rapport hub, schema version 11: HR figures published per closed calendar month and frozen (rule 10 of
-- docs/hr-anonymity.md), as the local store does from schema 8 (core/analytics/HrPublication).
--
-- A figure computed live can be differenced over time: HR opens the report on Monday and on Tuesday, one person
-- answered in between, and 21 x Tuesday's mean - 20 x Monday's is that person's score. Now every closed month is
-- computed once, from that month's answers only (each client's mean in the month, their trend over everything
-- before the month's end, the alliance surveys given in it), with every anonymity rule applied, and kept in
-- rapport.hr_snapshots. Every later call returns the same snapshots: a late, back-dated answer or a removed person
-- never reopens a published month, and two months stand on disjoint sets of answers. The month now open is never
-- shown. rapport.hr_report() returns the snapshots; the client assembles the report HR sees from them exactly as it
-- does from its own store's (HrPublication::assemble), so the hub and the local view give the same figures.
--
-- rapport.hr_period_figures() is the hub's port of HrPublication::periodReport() + periodToJson(); the rules'
-- helpers (hr_round, hr_shown_mean, hr_suppress, hr_reveals) are those of schema 3. The built-in instruments'
-- numbers are written into the SQL as in hr_report() before (the Wellbeing Index 0-100 with brackets at 29 and 51,
-- a trend of +-10; the alliance 1-7 with its three dimensions).

CREATE TABLE rapport.hr_snapshots (
    month         text PRIMARY KEY CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
    published_at  bigint NOT NULL,
    figures       jsonb NOT NULL
);
ALTER TABLE rapport.hr_snapshots ENABLE ROW LEVEL SECURITY;
ALTER TABLE rapport.hr_snapshots FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON rapport.hr_snapshots USING ((SELECT rapport.is_hub_owner()))
    WITH CHECK ((SELECT rapport.is_hub_owner()));

-- The latest alliance survey in [month_start, month_end) of every current connection of a client: the last by time,
-- of equal times the greatest id (as HrAggregatesRepository::periodAlliance).
CREATE FUNCTION rapport.hr_period_alliance(month_start bigint, month_end bigint)
    RETURNS TABLE (client uuid, score double precision, answers text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT DISTINCT ON (s.person_id, s.professional_id) s.person_id, s.score, s.answers
    FROM rapport.submissions s
    JOIN rapport.connections c ON c.client_id = s.person_id AND c.professional_id = s.professional_id
    JOIN rapport.people p ON p.id = s.person_id AND p.role = 'client'
    WHERE s.instrument_id = 'professional-alliance' AND s.submitted_at >= month_start AND s.submitted_at < month_end
    ORDER BY s.person_id, s.professional_id, s.submitted_at DESC, s.id DESC
$$;

-- One month's figures, [month_start, month_end) in milliseconds (UTC), with every rule applied, as JSON.
CREATE FUNCTION rapport.hr_period_figures(month_start bigint, month_end bigint, k integer) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
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
    team_people bigint[];
    team_sums double precision[];
    untagged_people bigint := 0;
    untagged_sum double precision := 0;
    g record;
    hidden boolean[];
    distribution jsonb := '[]'::jsonb;
    trend_people bigint;
    trends jsonb := jsonb_build_object('n', NULL, 'improving', NULL, 'stable', NULL, 'declining', NULL);
    teams jsonb := '[]'::jsonb;
    team_mean double precision;
    wellbeing_mean double precision;
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
    SELECT count(*) INTO employees FROM rapport.people p WHERE p.role = 'client';
    SELECT coalesce(array_agg(t.team ORDER BY lower(t.team) COLLATE "C", t.team COLLATE "C"), ARRAY[]::text[])
    INTO team_names
    FROM (SELECT DISTINCT p.team FROM rapport.people p
          WHERE p.role = 'client' AND coalesce(p.team, '') <> '') AS t;
    team_people := array_fill(0::bigint, ARRAY[coalesce(array_length(team_names, 1), 0)]);
    team_sums := array_fill(0::double precision, ARRAY[coalesce(array_length(team_names, 1), 0)]);

    -- HrAggregatesRepository::periodGroups: the clients who answered in the month, by team, the bracket of their
    -- own mean in the month and the direction of their trend over everything before the month's end.
    FOR g IN
        SELECT coalesce(p.team, '') AS team,
               CASE WHEN x.mean >= 51 THEN 2 WHEN x.mean >= 29 THEN 1 WHEN x.mean >= 0 THEN 0 ELSE -1 END AS bracket,
               CASE WHEN x.n < 2 THEN 0
                    WHEN x.change >= 10 - 1e-8 THEN 1
                    WHEN x.change <= -10 + 1e-8 THEN 3
                    ELSE 2 END AS direction,
               count(*) AS people, sum(x.mean) AS mean_sum
        FROM (
            SELECT t.person, t.n, t.period_sum / t.period_n AS mean,
                   CASE WHEN t.sxx > 0 AND t.span > 0 THEN t.sxy / t.sxx * t.span ELSE 0.0 END AS change
            FROM (
                SELECT d.person, count(*) AS n,
                       count(*) FILTER (WHERE d.at >= month_start) AS period_n,
                       coalesce(sum(d.y) FILTER (WHERE d.at >= month_start), 0) AS period_sum,
                       (max(d.at) - min(d.at)) / 86400000.0::double precision AS span,
                       sum(d.x * d.x) - sum(d.x) * sum(d.x) / count(*) AS sxx,
                       sum(d.x * d.y) - sum(d.x) * sum(d.y) / count(*) AS sxy
                FROM (SELECT s.person_id AS person, s.submitted_at AS at, s.score AS y,
                             (s.submitted_at - month_start) / 86400000.0::double precision AS x
                      FROM rapport.submissions s
                      WHERE s.instrument_id = 'wellbeing-index' AND s.submitted_at < month_end) AS d
                GROUP BY d.person
                HAVING count(*) FILTER (WHERE d.at >= month_start) > 0
            ) AS t
        ) AS x
        JOIN rapport.people p ON p.id = x.person AND p.role = 'client'
        GROUP BY 1, 2, 3
    LOOP
        org_people := org_people + g.people;
        org_sum := org_sum + g.mean_sum;
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
        IF g.team = '' THEN
            untagged_people := untagged_people + g.people;
            untagged_sum := untagged_sum + g.mean_sum;
        ELSE
            FOR i IN 1 .. coalesce(array_length(team_names, 1), 0) LOOP
                IF team_names[i] = g.team THEN
                    team_people[i] := team_people[i] + g.people;
                    team_sums[i] := team_sums[i] + g.mean_sum;
                END IF;
            END LOOP;
        END IF;
    END LOOP;

    IF org_people < k THEN
        -- The organisation gate: nothing about the organisation in this month, not even its teams.
        RETURN jsonb_build_object(
            'k', k, 'suppressed', true, 'employees', NULL, 'participants', NULL, 'participationRate', NULL,
            'lowParticipation', true, 'recentParticipants', NULL, 'wellbeingMean', NULL,
            'distribution', jsonb_build_array(NULL, NULL, NULL), 'trends', trends, 'teams', '[]'::jsonb,
            'alliance', alliance, 'month', NULL);
    END IF;

    -- Participants in the 90 days up to the month's end: who took part, not what they answered.
    SELECT count(*) INTO recent
    FROM (SELECT DISTINCT s.person_id FROM rapport.submissions s
          WHERE s.instrument_id = 'wellbeing-index' AND s.submitted_at >= month_end - 90::bigint * 86400000
            AND s.submitted_at < month_end) AS r
    JOIN rapport.people p ON p.id = r.person_id AND p.role = 'client';

    rate := CASE WHEN employees > 0 THEN org_people::double precision / employees ELSE 0.0 END;
    wellbeing_mean := rapport.hr_shown_mean(org_people, org_sum, k, 0, 100, 0);

    hidden := rapport.hr_suppress(bracket_people, ARRAY[0, 0, 0]::double precision[], false, unbracketed, 0, k);
    FOR i IN 1 .. 3 LOOP
        distribution := distribution || jsonb_build_array(CASE WHEN NOT hidden[i] THEN bracket_people[i] END);
    END LOOP;

    trend_people := improving + stable + declining;
    IF trend_people >= k THEN
        hidden := rapport.hr_suppress(ARRAY[improving, stable, declining], ARRAY[0, 0, 0]::double precision[],
                                      false, 0, 0, k);
        trends := jsonb_build_object('n', trend_people,
                                     'improving', CASE WHEN NOT hidden[1] THEN improving END,
                                     'stable', CASE WHEN NOT hidden[2] THEN stable END,
                                     'declining', CASE WHEN NOT hidden[3] THEN declining END);
    END IF;

    hidden := rapport.hr_suppress(team_people, team_sums, true, untagged_people, untagged_sum, k);
    FOR i IN 1 .. coalesce(array_length(team_names, 1), 0) LOOP
        team_mean := CASE WHEN hidden[i] THEN NULL
                          ELSE rapport.hr_shown_mean(team_people[i], team_sums[i], k, 0, 100, 0) END;
        teams := teams || jsonb_build_array(jsonb_build_object(
            'team', team_names[i], 'n', CASE WHEN team_mean IS NOT NULL THEN team_people[i] END, 'mean', team_mean));
    END LOOP;

    -- Alliance: the latest survey in the month of every current connection of a client.
    SELECT count(*), count(DISTINCT l.client), coalesce(sum(l.score), 0)
    INTO al_connections, al_clients, al_sum FROM rapport.hr_period_alliance(month_start, month_end) l;
    IF al_clients >= k AND al_connections > 0 THEN
        al_mean := rapport.hr_shown_mean(al_connections, al_sum, k, 1, 7, 1);
        alliance := jsonb_build_object('n', al_clients, 'mean', al_mean, 'dimensions', NULL);
        IF al_mean IS NOT NULL THEN
            -- Dimensions as scoreAnswers(): bond = items 1-2, partnership = 3-4, confidence = 5, each rounded.
            FOR g IN SELECT l.answers, count(*) AS connections
                     FROM rapport.hr_period_alliance(month_start, month_end) l GROUP BY l.answers
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
    RETURN jsonb_build_object(
        'k', k, 'suppressed', false, 'employees', employees, 'participants', org_people,
        'participationRate', rate, 'lowParticipation', rate < 0.30,
        'recentParticipants', CASE WHEN recent >= k THEN recent END,
        'wellbeingMean', wellbeing_mean, 'distribution', distribution, 'trends', trends, 'teams', teams,
        'alliance', alliance,
        'month', CASE WHEN wellbeing_mean IS NOT NULL
                      THEN jsonb_build_object('n', org_people, 'mean', wellbeing_mean) END);
END
$$;

-- The report HR may see: publishes every month closed since the last call (from its own answers), then returns
-- every published month. Nothing of the open month, and nothing computed twice.
CREATE OR REPLACE FUNCTION rapport.hr_report() RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    now_ms bigint := (extract(epoch FROM statement_timestamp()) * 1000)::bigint;
    open_month date := date_trunc('month', statement_timestamp() AT TIME ZONE 'UTC')::date;
    k integer := 5;
    setting text;
    setting_value double precision;
    next_month date;
    latest text;
    first_month text;
    month_start bigint;
    month_end bigint;
    latest_gated boolean;
BEGIN
    -- k: HrAnalytics::minimumGroupSizeFrom (not a number or at most 5 gives 5; a fraction is rounded up).
    SELECT s.value INTO setting FROM rapport.hub_settings s WHERE s.key = 'hr.minimumGroupSize';
    IF setting IS NOT NULL AND btrim(setting) ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN
        setting_value := btrim(setting)::double precision;
        IF setting_value > 5 THEN
            k := least(ceil(setting_value), 2147483647)::integer;
        END IF;
    END IF;

    -- Only forward from the last published month: a month is published once, never one before the first.
    SELECT max(hs.month) INTO latest FROM rapport.hr_snapshots hs;
    IF latest IS NOT NULL THEN
        next_month := (to_date(latest || '-01', 'YYYY-MM-DD') + interval '1 month')::date;
    ELSE
        SELECT min(hm.month) INTO first_month
        FROM rapport.hr_months hm WHERE hm.instrument_id = 'wellbeing-index' AND hm.people > 0;
        IF first_month IS NOT NULL THEN
            next_month := to_date(first_month || '-01', 'YYYY-MM-DD');
        END IF;
    END IF;
    WHILE next_month IS NOT NULL AND next_month < open_month LOOP
        month_start := (extract(epoch FROM next_month::timestamp AT TIME ZONE 'UTC') * 1000)::bigint;
        month_end := (extract(epoch FROM (next_month + interval '1 month')::timestamp AT TIME ZONE 'UTC') * 1000)::bigint;
        -- Another HR login publishing the same month at the same time: the first one's figures stand.
        INSERT INTO rapport.hr_snapshots (month, published_at, figures)
        VALUES (to_char(next_month, 'YYYY-MM'), now_ms, rapport.hr_period_figures(month_start, month_end, k))
        ON CONFLICT (month) DO NOTHING;
        next_month := (next_month + interval '1 month')::date;
    END LOOP;

    -- Below the organisation gate in the latest month nothing about the organisation is told, not even since when
    -- it has answers: only that month's (empty) figures.
    SELECT (hs.figures ->> 'suppressed')::boolean INTO latest_gated
    FROM rapport.hr_snapshots hs ORDER BY hs.month DESC LIMIT 1;
    RETURN jsonb_build_object(
        'k', k, 'now', now_ms,
        'snapshots', coalesce((SELECT jsonb_agg(jsonb_build_object('month', l.month, 'publishedAt', l.published_at,
                                                                   'figures', l.figures) ORDER BY l.month)
                               FROM (SELECT hs.* FROM rapport.hr_snapshots hs
                                     ORDER BY hs.month DESC
                                     LIMIT CASE WHEN coalesce(latest_gated, false) THEN 1 END) AS l), '[]'::jsonb));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA rapport FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rapport.hr_report() TO rapport_hr;
