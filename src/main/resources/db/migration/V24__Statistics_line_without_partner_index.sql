-- The statistics are read by return (its key leads the primary key); the index by partner served no query and cost
-- every import its upkeep.
drop index statistics_line_partner;
