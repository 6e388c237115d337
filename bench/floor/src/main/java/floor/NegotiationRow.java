package floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One mapped table, so that Hibernate Reactive boots a persistence unit at start as it does in the service. */
@Entity
@Table(name = "negotiation")
public class NegotiationRow {

    @Id
    public Long id;

    public String title;
}
