package org.kehu.analytics.value;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the customer value pages. */
final class ValueForms {

    private ValueForms() {
    }

    /** The calibration end the analyst fits up to. */
    static class FitForm {
        @NotNull(message = "{clv.fit.endRequired}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate calibrationEnd;

        public LocalDate getCalibrationEnd() {
            return calibrationEnd;
        }

        public void setCalibrationEnd(LocalDate calibrationEnd) {
            this.calibrationEnd = calibrationEnd;
        }
    }

    /** The CLV settings: horizon in days and yearly discount rate in percent. */
    static class SettingsForm {
        @NotNull(message = "{clv.settings.horizonRange}")
        @Min(value = 30, message = "{clv.settings.horizonRange}")
        @Max(value = 3650, message = "{clv.settings.horizonRange}")
        private Integer horizonDays;

        @NotNull(message = "{clv.settings.rateRange}")
        @DecimalMin(value = "0", message = "{clv.settings.rateRange}")
        @DecimalMax(value = "99.99", message = "{clv.settings.rateRange}")
        private BigDecimal yearlyDiscountPercent;

        public Integer getHorizonDays() {
            return horizonDays;
        }

        public void setHorizonDays(Integer horizonDays) {
            this.horizonDays = horizonDays;
        }

        public BigDecimal getYearlyDiscountPercent() {
            return yearlyDiscountPercent;
        }

        public void setYearlyDiscountPercent(BigDecimal yearlyDiscountPercent) {
            this.yearlyDiscountPercent = yearlyDiscountPercent;
        }
    }

    /** The textbook calculator's inputs (seed 001, chapter 3, exercise 3), the exercise's numbers by default. */
    static class CalculatorForm {
        @NotNull(message = "{clv.calc.yearsRange}")
        @Min(value = 1, message = "{clv.calc.yearsRange}")
        @Max(value = 100, message = "{clv.calc.yearsRange}")
        private Integer years = 10;

        @NotNull(message = "{clv.calc.moneyRange}")
        @DecimalMin(value = "0", message = "{clv.calc.moneyRange}")
        @DecimalMax(value = "1000000000", message = "{clv.calc.moneyRange}")
        private BigDecimal acquisitionCost = new BigDecimal("500");

        @NotNull(message = "{clv.calc.moneyRange}")
        @DecimalMin(value = "0", message = "{clv.calc.moneyRange}")
        @DecimalMax(value = "1000000000", message = "{clv.calc.moneyRange}")
        private BigDecimal firstPurchase = new BigDecimal("3000");

        @NotNull(message = "{clv.calc.moneyRange}")
        @DecimalMin(value = "0", message = "{clv.calc.moneyRange}")
        @DecimalMax(value = "1000000000", message = "{clv.calc.moneyRange}")
        private BigDecimal yearlyRevenue = new BigDecimal("1000");

        @NotNull(message = "{clv.calc.rateRange}")
        @DecimalMin(value = "0", message = "{clv.calc.rateRange}")
        @DecimalMax(value = "100", message = "{clv.calc.rateRange}")
        private BigDecimal ratePercent = new BigDecimal("8");

        @NotNull(message = "{clv.calc.moneyRange}")
        @DecimalMin(value = "0", message = "{clv.calc.moneyRange}")
        @DecimalMax(value = "1000000000", message = "{clv.calc.moneyRange}")
        private BigDecimal yearlyServiceCost = new BigDecimal("100");

        TextbookClv toModel() {
            return new TextbookClv(years, acquisitionCost.doubleValue(), firstPurchase.doubleValue(),
                    yearlyRevenue.doubleValue(), ratePercent.doubleValue() / 100, yearlyServiceCost.doubleValue());
        }

        public Integer getYears() {
            return years;
        }

        public void setYears(Integer years) {
            this.years = years;
        }

        public BigDecimal getAcquisitionCost() {
            return acquisitionCost;
        }

        public void setAcquisitionCost(BigDecimal acquisitionCost) {
            this.acquisitionCost = acquisitionCost;
        }

        public BigDecimal getFirstPurchase() {
            return firstPurchase;
        }

        public void setFirstPurchase(BigDecimal firstPurchase) {
            this.firstPurchase = firstPurchase;
        }

        public BigDecimal getYearlyRevenue() {
            return yearlyRevenue;
        }

        public void setYearlyRevenue(BigDecimal yearlyRevenue) {
            this.yearlyRevenue = yearlyRevenue;
        }

        public BigDecimal getRatePercent() {
            return ratePercent;
        }

        public void setRatePercent(BigDecimal ratePercent) {
            this.ratePercent = ratePercent;
        }

        public BigDecimal getYearlyServiceCost() {
            return yearlyServiceCost;
        }

        public void setYearlyServiceCost(BigDecimal yearlyServiceCost) {
            this.yearlyServiceCost = yearlyServiceCost;
        }
    }
}
