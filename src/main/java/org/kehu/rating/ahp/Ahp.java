package org.kehu.rating.ahp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * Saaty's eigenvector method: the weights are the principal (Perron) eigenvector of the pairwise matrix,
 * normalised to sum 1; λmax is its eigenvalue. CI = (λmax − n)/(n − 1), CR = CI/RI with RI from
 * {@link RandomIndex}. The seed's column-normalisation shortcut ("和法") only approximates this vector; the
 * eigenvector is the definition and what Hipparchus computes exactly.
 */
public final class Ahp {

    private Ahp() {
    }

    public static AhpResult analyse(PairwiseMatrix matrix) {
        int n = matrix.order();
        double[][] a = matrix.toArray();
        var eigen = new EigenDecompositionNonSymmetric(MatrixUtils.createRealMatrix(a));
        Complex[] values = eigen.getEigenvalues();
        // Perron–Frobenius: a positive matrix has one real eigenvalue larger in modulus than all others.
        int principal = 0;
        for (int k = 1; k < n; k++) {
            if (values[k].getReal() > values[principal].getReal()) {
                principal = k;
            }
        }
        double lambdaMax = values[principal].getReal();
        var vector = eigen.getEigenvector(principal);
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = vector.getEntry(i).getReal();
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum; // also turns a vector returned with negative sign positive
        }
        // λmax below n is rounding only (it is ≥ n for every positive reciprocal matrix).
        double ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
        double ri = RandomIndex.of(n);
        double cr = ri == 0 ? 0 : ci / ri;
        return new AhpResult(w, lambdaMax, ci, ri, cr, disagreements(a, w));
    }

    private static List<Disagreement> disagreements(double[][] a, double[] w) {
        List<Disagreement> list = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                double implied = w[i] / w[j];
                list.add(new Disagreement(i, j, a[i][j], implied, Math.abs(Math.log(a[i][j] / implied))));
            }
        }
        list.sort(Comparator.comparingDouble(Disagreement::deviation).reversed());
        return list;
    }
}
