/**
 * The portal's configurator (标准组件选配 / 自选产品): a signed-in customer chooses the options of a product with option
 * groups, sees the price the server computes as they choose, saves the configuration (and may show it on the public
 * site), and orders it as a pending order for their account manager.
 */
package org.kehu.portal.configure;
