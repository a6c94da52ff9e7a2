package org.kehu.portal.company;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.kehu.customer.CustomerDetails;
import org.kehu.customer.CustomerInput;

/**
 * The company details a customer's contact may ask to change, each read from the customer and written into the
 * customer module's input, with the length its column holds. Codes, owner and status stay staff business.
 */
public enum CompanyField {
    NAME("name", 200, CustomerDetails::name, CustomerInput::setName),
    PHONE("phone", 32, CustomerDetails::phone, CustomerInput::setPhone),
    FAX("fax", 32, CustomerDetails::fax, CustomerInput::setFax),
    WEBSITE("website", 200, CustomerDetails::website, CustomerInput::setWebsite),
    ADDRESS("address", 300, CustomerDetails::address, CustomerInput::setAddress),
    BANK("bank", 100, CustomerDetails::bank, CustomerInput::setBank),
    BANK_ACCOUNT("bankAccount", 64, CustomerDetails::bankAccount, CustomerInput::setBankAccount),
    TAX_NUMBER("taxNumber", 32, CustomerDetails::taxNumber, CustomerInput::setTaxNumber);

    private final String property;
    private final int maxLength;
    private final Function<CustomerDetails, String> reader;
    private final BiConsumer<CustomerInput, String> writer;

    CompanyField(String property, int maxLength, Function<CustomerDetails, String> reader,
            BiConsumer<CustomerInput, String> writer) {
        this.property = property;
        this.maxLength = maxLength;
        this.reader = reader;
        this.writer = writer;
    }

    /** The form field's and the customer module's name for it. */
    public String property() {
        return property;
    }

    int maxLength() {
        return maxLength;
    }

    /** The customer's value now, blank read as none. */
    String read(CustomerDetails customer) {
        return clean(reader.apply(customer));
    }

    void write(CustomerInput input, String value) {
        writer.accept(input, value);
    }

    /** The message key of its label (the staff customer form's). */
    public String labelKey() {
        return "customer.field." + property;
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
