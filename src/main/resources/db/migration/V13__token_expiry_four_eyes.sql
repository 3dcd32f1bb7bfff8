-- Four eyes without exception: nobody approves a revision they wrote, a reviewer's edit made while reviewing
-- included. The per-project switch that let a reviewer approve their own edit has nothing left to switch.
alter table project drop column two_person_review;
