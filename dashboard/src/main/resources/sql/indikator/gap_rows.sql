-- The gap table of one year: every indicator against its target level, self-assessment details blanked where the viewer may not see them.
with viewer as (select ?::boolean as everything, ?::varchar as instansi_code, ?::varchar as opd_code),
gap as (
  select g.*, ci.self_level, ci.official_level, ci.calibration, ci.justification, ci.evidence,
         coalesce(viewer.everything or (g.instansi_code = viewer.instansi_code
                  and (ci.opd_code = viewer.opd_code or g.opd_code = viewer.opd_code)), false) as visible
  from gap_to_target g
  cross join viewer
  left join calibration_indicator ci on ci.instansi_code = g.instansi_code and ci.year = g.year
       and ci.framework_id = g.framework_id and ci.indicator_code = g.indicator_code
  where g.instansi_code = ? and g.year = ?
    and (?::varchar is null or g.domain_code = ?::varchar)
    and (?::varchar is null or g.aspect_code = ?::varchar)
    and (?::varchar is null or g.opd_code = ?::varchar)
)
select gap.indicator_code, i.indicator_no, gap.indicator_name, gap.aspect_code, a.aspect_name,
       gap.domain_code, d.domain_name,
       case when visible then gap.self_level end as self_level,
       gap.official_level,
       case when visible or gap.level_source = 'official' then gap.current_level end as current_level,
       gap.level_source, gap.target_level, gap.target_basis,
       case when visible or gap.level_source = 'official' then gap.levels_missing end as levels_missing,
       gap.weight_pct,
       case when visible or gap.level_source = 'official' then gap.index_points_at_stake end
         as index_points_at_stake,
       gap.opd_code, coalesce(o.opd_name, gap.opd_code) as opd_name,
       case when visible then gap.calibration end as calibration,
       case when visible then gap.justification end as justification,
       case when visible then gap.evidence end as evidence,
       not visible as self_assessment_hidden,
       gap.value_basis, gap.external_index, gap.assessor_note, gap.recommendation, gap.is_uploaded,
       gap.is_interviewed, gap.is_approved, gap.has_no_evidence,
       gap.is_illustrative
from gap
left join indicator i on i.framework_id = gap.framework_id and i.indicator_code = gap.indicator_code
left join aspect a on a.framework_id = gap.framework_id and a.aspect_code = gap.aspect_code
left join domain d on d.framework_id = gap.framework_id and d.domain_code = gap.domain_code
left join opd o on o.instansi_code = gap.instansi_code and o.opd_code = gap.opd_code
-- by what the viewer is shown: sorting on a withheld figure would rank the hidden self levels
-- the indicators with a given target first: a row without one has no gap to rank
order by gap.target_basis = 'framework_max',
         case when visible or gap.level_source = 'official' then gap.index_points_at_stake end desc nulls last,
         i.indicator_no, gap.indicator_code
