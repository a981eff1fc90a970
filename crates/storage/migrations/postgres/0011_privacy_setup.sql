-- The controller's privacy setup and the rest of the data-subject work: the DPO
-- contact and the EU/EEA-only choice, purpose texts for the record of processing,
-- the register of sub-processors, restriction (a hold that also stops processing),
-- and the identity checklist of a request.
CREATE TABLE privacy_profiles (
    org_id       BIGINT PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    dpo_contact  TEXT NOT NULL DEFAULT '',
    eu_only      BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at   BIGINT NOT NULL
);

CREATE TABLE processing_purposes (
    org_id      BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    module      TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (org_id, module)
);

CREATE TABLE sub_processors (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id              BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name                TEXT NOT NULL,
    service             TEXT NOT NULL,
    data_categories     TEXT NOT NULL,
    country             TEXT NOT NULL,
    transfer_mechanism  TEXT NOT NULL,
    created_at          BIGINT NOT NULL
);
CREATE INDEX sub_processors_org ON sub_processors (org_id);

ALTER TABLE legal_holds ADD COLUMN restriction BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE dsr_requests ADD COLUMN identity_steps TEXT NOT NULL DEFAULT '';
ALTER TABLE dsr_requests ADD COLUMN closing_reason TEXT;
