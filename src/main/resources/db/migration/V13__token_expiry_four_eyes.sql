-- Four eyes without exception: nobody approves a revision they wrote, a reviewer's edit made while reviewing
-- included. The per-project switch that let a reviewer approve their own edit has nothing left to switch.
alter table project drop column two_person_review;

-- Personal access tokens expire: null means never (only when asked for), new tokens get 90 days by default.
alter table api_token add column expires_at timestamptz;
-- Tokens made before this could have been made by other tokens, so revoking one may have left its offspring
-- working: every active token now ends within 90 days, and a new one is made with the password.
update api_token set expires_at = now() + interval '90 days' where revoked_at is null;
