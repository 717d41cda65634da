/**
 * What every feature shares and none owns: the Bangkok time zone, Thai month names,
 * Buddhist-Era dates and Thai digits, and {@link th.go.cdd.clickreport.common.UserError}
 * for problems the user can fix. Depends on no other package of the product.
 */
package th.go.cdd.clickreport.common;
