package org.talksrecord.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The checker itself must catch each kind of breaking change, or the contract test proves nothing. */
class ContractCheckTest {

    private final String contract = ContractCheck.contract();

    @Test
    void identicalSchemaHasNoBreakingChange() {
        assertEquals(List.of(), ContractCheck.breakingChanges(contract, contract));
    }

    @Test
    void missingFieldIsBreaking() {
        String served = contract.replace("  totalReleased: Int!\n", "");
        assertFalse(ContractCheck.breakingChanges(contract, served).isEmpty());
    }

    @Test
    void nullableOutputIsBreaking() {
        String served = contract.replace("  releasedPerSide: Int!", "  releasedPerSide: Int");
        assertFalse(ContractCheck.breakingChanges(contract, served).isEmpty());
    }

    @Test
    void missingEnumValueIsBreaking() {
        String served = contract.replace("  VIDEO_CALL\n", "");
        assertFalse(ContractCheck.breakingChanges(contract, served).isEmpty());
    }

    @Test
    void missingArgumentIsBreaking() {
        String served = contract.replace("search(text: String!, first: Int)", "search(text: String!)");
        assertFalse(ContractCheck.breakingChanges(contract, served).isEmpty());
    }

    @Test
    void changedArgumentTypeIsBreaking() {
        String served = contract.replace("search(text: String!, first: Int)", "search(text: String!, first: String)");
        assertFalse(ContractCheck.breakingChanges(contract, served).isEmpty());
    }

    @Test
    void missingTypeIsBreaking() {
        String served = contract.replace("SearchHit", "Hit");
        assertFalse(ContractCheck.breakingChanges(contract, served).isEmpty());
    }
}
