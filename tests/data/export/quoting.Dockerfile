# Names and labels that need escaping in every text format.
FROM "quay.io/org/img:1.0" AS first
FROM first AS second.stage_2
COPY --from=first "/a b" /c
FROM second.stage_2
