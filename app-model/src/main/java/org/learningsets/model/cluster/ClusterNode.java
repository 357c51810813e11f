package org.learningsets.model.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.FieldLengths;

/**
 * A running node of the application (one per start), with its heartbeat: a node whose heartbeat is older than a few
 * beats has stopped, and what it had claimed (a message being sent) is taken over by another. Ids are made per start.
 */
@Entity
@Table(name = "cluster_node")
@NamedQuery(name = "ClusterNode.liveIds", query = "select n.id from ClusterNode n where n.seenAt >= :since")
@NamedQuery(name = "ClusterNode.beat", query = "update ClusterNode n set n.seenAt = :now where n.id = :id")
@NamedQuery(name = "ClusterNode.forget", query = "delete from ClusterNode n where n.seenAt < :before")
public class ClusterNode {

    @Id
    @Column(name = "id", length = FieldLengths.ID, nullable = false, updatable = false)
    private String id;

    @Column(name = "name", length = FieldLengths.NAME, nullable = false)
    private String name;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected ClusterNode() {}

    public ClusterNode(String id, String name, Instant now) {
        this.id = Checks.text(id, "Node id", FieldLengths.ID);
        this.name = Checks.text(name, "Node name", FieldLengths.NAME);
        this.startedAt = Checks.required(now, "Start");
        this.seenAt = now;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
