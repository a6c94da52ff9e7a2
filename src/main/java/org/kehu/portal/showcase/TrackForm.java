package org.kehu.portal.showcase;

/** The order tracking form: the order number and the last four digits of the buyer's phone. */
public class TrackForm {

    private String number;
    private String phone;

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
