package app.redline.base;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.Hibernate;

/**
 * Identity by database id, safe with Hibernate proxies: an entity not yet saved equals only itself, and the
 * hash code never changes when the id is assigned.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    protected abstract Long id();

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        Long id = id();
        return id != null && id.equals(((AbstractEntity) other).id());
    }

    @Override
    public final int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
