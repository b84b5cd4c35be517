/**
 * Neutron reflectometers' own data files: ILL D17's legacy {@code .out} and cosmos {@code .mft}, the SNS
 * magnetism reflectometer's QuickNXS {@code .dat} and PSI Narziss's SICS data file. Each format reads its
 * file as GenX's loader for it does (same x, y, error and resolution) and keeps what else the file says
 * (wavelength, polarisation channel, per-point angles and monitor) on the loaded curve.
 */
package org.evofit.wrapper.data.neutron;
