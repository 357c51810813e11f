-- Mail and jobs shared by the nodes of a cluster. The outbox is a table: a message is queued in the transaction that
-- made it, and whichever node's sender claims it sends it (a claim by a node that stopped is taken over once the node
-- misses its heartbeats), so nothing is lost or sent twice when a node dies. Its text is encrypted like set content
-- (invitations hold password links). cluster_node: each running node's heartbeat.

CREATE TABLE outbox_mail (
    id              CHAR(36)       NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    to_address      VARCHAR(2048)  NOT NULL,
    to_name         VARCHAR(1024)  NOT NULL,
    subject         VARCHAR(1024)  NOT NULL,
    body            VARCHAR(16384) NOT NULL,
    message_id      VARCHAR(200)   NOT NULL,
    state           VARCHAR(20)    NOT NULL,
    queued_at       TIMESTAMP      NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP,
    claimed_by      CHAR(36),
    claimed_at      TIMESTAMP,
    sent_at         TIMESTAMP,
    note            VARCHAR(500),
    CONSTRAINT outbox_mail_state_ck CHECK (state IN ('WAITING', 'SENDING', 'SENT', 'KEPT'))
);
CREATE INDEX outbox_mail_state_ix ON outbox_mail (state, next_attempt_at);
CREATE INDEX outbox_mail_queued_ix ON outbox_mail (queued_at);

CREATE TABLE cluster_node (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    started_at TIMESTAMP    NOT NULL,
    seen_at    TIMESTAMP    NOT NULL
);
