-- Rapport hub, schema version 3: the HR figures, through SECURITY DEFINER functions only.
--
-- rapport.hr_report() is the hub's port of HrAnalytics (core/analytics) over the raw figures of
-- HrAggregatesRepository (core/store): the same definitions and the same anonymity rules (docs/hr-anonymity.md):
-- k from hub_settings 'hr.minimumGroupSize' (at least 5), the organisation gate, small groups, complementary
-- suppression of brackets, trend directions and teams, means at the ends of the scale, all-or-nothing alliance
-- dimensions, rounding to one decimal more than the instrument. It returns only what HR may see: every suppressed
-- figure is null, and no row, id or name of a person leaves the function. The built-in instruments' parameters
-- (wellbeing-index 0-100, brackets 0/29/51, meaningful change 10; professional-alliance 1-7 with bond, partnership
-- and confidence) are fixed here; an organisation with its own instrument definitions needs its own migration.
-- rapport_hr may EXECUTE this function and nothing else.

-- roundScore() of core/instruments/Scoring.cpp: half away from zero, values within 1e-9 of a half count as half.
CREATE FUNCTION rapport.hr_round(value double precision, decimals integer) RETURNS double precision
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    factor double precision := power(10::double precision, least(greatest(decimals, 0), 15));
    scaled double precision := value * factor;
    whole double precision := trunc(scaled);
    rounded double precision;
BEGIN
    IF value IS NULL OR value = 'NaN'::double precision OR value IN ('Infinity', '-Infinity') THEN
        RETURN value;
    END IF;
    IF abs(abs(scaled - whole) - 0.5) <= 1e-9 * greatest(1.0, abs(scaled)) THEN
        rounded := whole + CASE WHEN scaled < 0 THEN -1.0 ELSE 1.0 END;
    ELSE
        rounded := round(scaled); -- not a half here, so the rounding mode does not matter
    END IF;
    IF rounded / factor = 0 THEN
        RETURN 0.0;
    END IF;
    RETURN rounded / factor;
END
$$;

-- HrAnalytics::isRevealingMean: a mean that rounds to an end of the scale tells every score behind it.
CREATE FUNCTION rapport.hr_reveals(mean double precision, scale_min double precision, scale_max double precision,
                                   decimals integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
AS $$
    SELECT rapport.hr_round(mean, decimals + 1) <= scale_min OR rapport.hr_round(mean, decimals + 1) >= scale_max
$$;

-- HrAnalytics::shownMean for the Wellbeing Index (0-100, 0 decimals) or the alliance (1-7, 1 decimal).
CREATE FUNCTION rapport.hr_shown_mean(people bigint, total double precision, k integer,
                                      scale_min double precision, scale_max double precision, decimals integer)
    RETURNS double precision
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE
        WHEN people IS NULL OR people < k THEN NULL
        WHEN rapport.hr_reveals(total / people, scale_min, scale_max, decimals) THEN NULL
        ELSE rapport.hr_round(total / people, decimals + 1)
    END
$$;

-- HrAnalytics::suppressGroups: which groups of a partition to hide (true), with complementary suppression.
-- `means`: the groups are Wellbeing Index means (teams), else plain counts. `always_*`: a group that is part of
-- the shown total but never shown (participants without a team). Ties go to the earlier group (display order).
CREATE FUNCTION rapport.hr_suppress(people bigint[], sums double precision[], means boolean, always_people bigint,
                                    always_sum double precision, k integer) RETURNS boolean[]
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n integer := coalesce(array_length(people, 1), 0);
    hidden boolean[] := ARRAY[]::boolean[];
    hidden_people bigint;
    hidden_sum double precision;
    any_hidden boolean;
    needs_cover boolean;
    next_group integer;
BEGIN
    FOR i IN 1 .. n LOOP
        hidden := hidden || (people[i] < k OR (means AND people[i] > 0
                                               AND rapport.hr_reveals(sums[i] / people[i], 0, 100, 0)));
    END LOOP;
    LOOP
        hidden_people := always_people;
        hidden_sum := always_sum;
        any_hidden := always_people > 0;
        FOR i IN 1 .. n LOOP
            IF hidden[i] THEN
                hidden_people := hidden_people + people[i];
                hidden_sum := hidden_sum + sums[i];
                any_hidden := any_hidden OR NOT means OR people[i] > 0;
            END IF;
        END LOOP;
        needs_cover := any_hidden AND (hidden_people < k OR (means AND hidden_people > 0
                                       AND rapport.hr_reveals(hidden_sum / hidden_people, 0, 100, 0)));
        EXIT WHEN NOT needs_cover;
        next_group := NULL;
        FOR i IN 1 .. n LOOP
            IF NOT hidden[i] AND (next_group IS NULL OR people[i] < people[next_group]) THEN
                next_group := i;
            END IF;
        END LOOP;
        EXIT WHEN next_group IS NULL;
        hidden[next_group] := true;
    END LOOP;
    RETURN hidden;
END
$$;

-- The HR report as HR may see it, as of now (the server clock). See the file comment.
CREATE FUNCTION rapport.hr_report() RETURNS jsonb
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
               count(*) FILTER (WHERE x.last_at >= recent_since) AS recent
        FROM (
            SELECT t.person, t.n, t.last_at, t.latest,
                   CASE WHEN t.sxx > 0 AND t.span > 0 THEN t.sxy / t.sxx * t.span ELSE 0.0 END AS change
            FROM (
                SELECT d.person, count(*) AS n, max(d.at) AS last_at,
                       (array_agg(d.y ORDER BY d.at DESC, d.y DESC))[1] AS latest,
                       (max(d.at) - min(d.at)) / 86400000.0::double precision AS span,
                       sum(d.x * d.x) - sum(d.x) * sum(d.x) / count(*) AS sxx,
                       sum(d.x * d.y) - sum(d.x) * sum(d.y) / count(*) AS sxy
                FROM (SELECT s.person_id AS person, s.submitted_at AS at, s.score AS y,
                             (s.submitted_at - as_of) / 86400000.0::double precision AS x
                      FROM rapport.submissions s WHERE s.instrument_id = 'wellbeing-index') AS d
                GROUP BY d.person
            ) AS t
        ) AS x
        JOIN rapport.people p ON p.id = x.person AND p.role = 'client'
        GROUP BY 1, 2, 3
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
        IF g.team = '' THEN
            untagged_people := untagged_people + g.people;
            untagged_sum := untagged_sum + g.latest_sum;
        ELSE
            FOR i IN 1 .. coalesce(array_length(team_names, 1), 0) LOOP
                IF team_names[i] = g.team THEN
                    team_people[i] := team_people[i] + g.people;
                    team_sums[i] := team_sums[i] + g.latest_sum;
                END IF;
            END LOOP;
        END IF;
    END LOOP;

    -- The range of months is shape, not data: the first and last month with a submission.
    SELECT to_char(to_timestamp(min(s.submitted_at) / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM'),
           to_char(to_timestamp(max(s.submitted_at) / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM')
    INTO first_month, last_month
    FROM rapport.submissions s WHERE s.instrument_id = 'wellbeing-index';

    result := jsonb_build_object('k', k, 'asOf', as_of, 'firstMonth', first_month, 'lastMonth', last_month,
                                 'suppressed', org_people < k);
    IF org_people < k THEN
        -- The organisation gate: nothing but the shape.
        SELECT coalesce(jsonb_agg(jsonb_build_object('team', t, 'n', NULL, 'mean', NULL)), '[]'::jsonb)
        INTO teams FROM unnest(team_names) AS t;
        RETURN result || jsonb_build_object('teams', teams, 'months', '[]'::jsonb);
    END IF;

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

    -- Months stand alone: each person's mean within the month counts once; only shown months leave.
    SELECT coalesce(jsonb_agg(jsonb_build_object('month', m.month, 'n', m.people, 'mean', m.mean)
                              ORDER BY m.month), '[]'::jsonb)
    INTO months
    FROM (
        SELECT pm.month, count(*) AS people, rapport.hr_shown_mean(count(*), sum(pm.person_mean), k, 0, 100, 0) AS mean
        FROM (SELECT to_char(to_timestamp(s.submitted_at / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
                     avg(s.score) AS person_mean
              FROM rapport.submissions s WHERE s.instrument_id = 'wellbeing-index'
              GROUP BY s.person_id, 1) AS pm
        GROUP BY pm.month
    ) AS m
    WHERE m.mean IS NOT NULL;

    hidden := rapport.hr_suppress(team_people, team_sums, true, untagged_people, untagged_sum, k);
    FOR i IN 1 .. coalesce(array_length(team_names, 1), 0) LOOP
        team_mean := CASE WHEN hidden[i] THEN NULL
                          ELSE rapport.hr_shown_mean(team_people[i], team_sums[i], k, 0, 100, 0) END;
        teams := teams || jsonb_build_array(jsonb_build_object(
            'team', team_names[i], 'n', CASE WHEN team_mean IS NOT NULL THEN team_people[i] END, 'mean', team_mean));
    END LOOP;

    -- Alliance: the latest survey of every current connection of a client (HrAggregatesRepository::alliance).
    SELECT count(*), count(DISTINCT l.client), coalesce(sum(l.score), 0)
    INTO al_connections, al_clients, al_sum
    FROM (SELECT DISTINCT ON (c.id) c.client_id AS client, s.score
          FROM rapport.connections c
          JOIN rapport.people p ON p.id = c.client_id AND p.role = 'client'
          JOIN rapport.submissions s ON s.instrument_id = 'professional-alliance' AND s.person_id = c.client_id
                                     AND s.professional_id = c.professional_id
          ORDER BY c.id, s.submitted_at DESC, s.created_at DESC) AS l;
    IF al_clients >= k AND al_connections > 0 THEN
        al_mean := rapport.hr_shown_mean(al_connections, al_sum, k, 1, 7, 1);
        alliance := jsonb_build_object('n', al_clients, 'mean', al_mean, 'dimensions', NULL);
        IF al_mean IS NOT NULL THEN
            -- Dimensions from the same surveys' answers, scored as scoreAnswers() does: bond = items 1-2,
            -- partnership = items 3-4, confidence = item 5, each the mean of its items rounded to 1 decimal.
            FOR g IN
                SELECT l.answers, count(*) AS connections
                FROM (SELECT DISTINCT ON (c.id) s.answers
                      FROM rapport.connections c
                      JOIN rapport.people p ON p.id = c.client_id AND p.role = 'client'
                      JOIN rapport.submissions s ON s.instrument_id = 'professional-alliance'
                                                 AND s.person_id = c.client_id AND s.professional_id = c.professional_id
                      ORDER BY c.id, s.submitted_at DESC, s.created_at DESC) AS l
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
