import numpy as np


def nt_xent_loss(z1, z2, temperature):
    """NT-Xent loss of SimCLR, averaged over all 2N anchors.

    z1, z2: (N, D) float64, two views; row i of z1 and row i of z2 are a positive pair.
    Rows are L2-normalised inside the loss (they need not be unit vectors on input).
    temperature: tau > 0; similarities are divided by it.
    Returns the loss as a float.
    """
    raise NotImplementedError


def nt_xent_grad(z1, z2, temperature):
    """Gradient of nt_xent_loss with respect to the raw (unnormalised) z1 and z2.

    Returns (dz1, dz2), each (N, D).
    """
    raise NotImplementedError
