SELECT * FROM v_activities ORDER BY working_group, item, as_of_date
